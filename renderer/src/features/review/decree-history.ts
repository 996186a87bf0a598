import { CLERK_FIELDS } from '../../../../shared/types/decree-record.ts';
import type { DecreeRecord } from '../../../../shared/types/decree-record.ts';
import { PARTICULAR_FIELDS } from '../../../../shared/types/particulars.ts';
import type { Translate } from '../../i18n/translate.ts';

const show = (value: unknown) => (value === null || value === undefined ? '—' : Array.isArray(value) ? value.join('; ') : String(value));

/** What a decree audit event changed: "Nomor: 188.45/0545", or the fields a confirmation accepted. */
export function describeDecreeEvent(before: unknown, after: unknown, t: Translate): string | null {
  const a = before as DecreeRecord | null;
  const b = after as DecreeRecord | null;
  if (!a?.fields || !b?.fields) return null;
  const changed = PARTICULAR_FIELDS.filter((f) => JSON.stringify(a.fields[f]) !== JSON.stringify(b.fields[f])).map((f) =>
    show(a.fields[f].value) === show(b.fields[f].value) ? t(`particular.${f}`) : `${t(`particular.${f}`)}: ${show(b.fields[f].value)}`,
  );
  const clerk = CLERK_FIELDS.filter((f) => a.clerk?.[f] !== b.clerk?.[f]).map((f) => `${t(`clerkField.${f}`)}: ${show(b.clerk[f])}`);
  const all = [...changed, ...clerk];
  return all.length ? all.join(', ') : null;
}
