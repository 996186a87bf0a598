import type { EntityType } from '../../../../shared/types/entity.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AcceptAboveDialog } from './AcceptAboveDialog.tsx';
import { AddEntityDialog } from './AddEntityDialog.tsx';
import { BulkDialog } from './BulkDialog.tsx';
import { ConfirmPendingDialog } from './ConfirmPendingDialog.tsx';
import { KeyHelp } from './KeyHelp.tsx';
import type { EntityRecord, Span } from './review-types.ts';
import type { BulkScope, Review } from './use-review.ts';
import type { PanelLayout } from './zone-sections.ts';

/** The one dialog the review has open, if any. */
export type ReviewDialog =
  | { kind: 'help' }
  | { kind: 'add'; span: Span; surface: string }
  | { kind: 'acceptAbove' }
  | { kind: 'bulk'; selection: Span | null }
  | { kind: 'confirm' };

interface Props {
  dialog: ReviewDialog | null;
  onClose(): void;
  r: Review;
  /** Every entity of the document, in panel order. */
  all: readonly EntityRecord[];
  selected: EntityRecord | null;
  layout: PanelLayout;
  say(text: string): void;
  onAdd(type: EntityType, span: Span, normalized?: string): Promise<void>;
  onBulk(action: 'accept' | 'reject', entities: readonly EntityRecord[], scope: BulkScope): void;
  onConfirm(): void;
}

/** The review's dialogs, wired to its actions: key help, add, accept above, bulk, confirm. */
export function ReviewDialogs({ dialog, onClose, r, all, selected, layout, say, onAdd, onBulk, onConfirm }: Props) {
  const { t } = useI18n();
  return (
    <>
      {dialog?.kind === 'help' && <KeyHelp onClose={onClose} />}
      {dialog?.kind === 'add' && (
        <AddEntityDialog surface={dialog.surface} onAdd={(type, normalized) => onAdd(type, dialog.span, normalized)} onClose={onClose} />
      )}
      {dialog?.kind === 'acceptAbove' && (
        <AcceptAboveDialog
          entities={all}
          onClose={onClose}
          onAccept={(threshold) => {
            onClose();
            r.acceptAbove(threshold).then(
              (outcome) => say(t('review.acceptedAbove', { count: outcome.entities.length })),
              () => undefined,
            );
          }}
        />
      )}
      {dialog?.kind === 'bulk' && (
        <BulkDialog
          ordered={all}
          current={selected}
          section={(selected && layout.sectionOf.get(selected.id)) ?? layout.sections[0] ?? null}
          selection={dialog.selection}
          onRun={onBulk}
          onClose={onClose}
        />
      )}
      {dialog?.kind === 'confirm' && (
        <ConfirmPendingDialog pending={all.filter((e) => e.status === 'pending').length} onConfirm={onConfirm} onClose={onClose} />
      )}
    </>
  );
}
