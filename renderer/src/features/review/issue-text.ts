import type { ApiError } from '../../../../shared/contract/errors.ts';
import type { MessageKey } from '../../i18n/id.ts';
import { id as messages } from '../../i18n/id.ts';
import type { Translate } from '../../i18n/translate.ts';

type Issue = NonNullable<ApiError['issues']>[number];

/** A refusal in the clerk's language when the backend gave it a code, else its English text. */
export function issueText(issue: Issue, t: Translate): string {
  const key = `issue.${issue.code ?? ''}`;
  return issue.code && Object.hasOwn(messages, key) ? t(key as MessageKey, issue.params) : issue.message;
}
