import type { MethodResult } from '../../../shared/contract/api.ts';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import type { FieldIssue } from '../../../shared/review/validate-entity.ts';
import { parseClerkField, parseParticular, recordIssues } from '../../../shared/review/validate-particulars.ts';
import type { ParticularInput } from '../../../shared/review/validate-particulars.ts';
import { BUILT_IN_DEFAULTS } from '../../../shared/types/decree-record.ts';
import type { ClerkField, DecreeDefaults, DecreeRecord } from '../../../shared/types/decree-record.ts';
import { PARTICULAR_FIELDS } from '../../../shared/types/particulars.ts';
import type { ParticularField, Particulars } from '../../../shared/types/particulars.ts';
import type { ReviewService } from '../review/review-service.ts';
import type { Store } from '../storage/store.ts';

type ReviewOutcome = MethodResult<'entities.review'>;

const DEFAULTS_PREFIX = 'decree.default.';

/** The values a record's particulars hold now, as the engine's Particulars shape. */
export function particularsOf(record: DecreeRecord): Particulars {
  return Object.fromEntries(PARTICULAR_FIELDS.map((f) => [f, record.fields[f].value])) as unknown as Particulars;
}

const refuse = (issues: FieldIssue[]) => new WorkbenchError('invalid_request', issues[0]!.message, issues);

/**
 * The clerk's decisions on decree records. Each goes through the review service's action, so it
 * lands in one transaction with its audit event (a whole-record before/after snapshot) and is
 * undone and redone with the entity decisions of the same document.
 */
/** The unit's defaults for the clerk fields: the settings' values, else the built-in ones ('' = none). */
export function decreeDefaults(store: Store): DecreeDefaults {
  const stored = (key: keyof DecreeDefaults) => store.settings.get(`${DEFAULTS_PREFIX}${key}`);
  return Object.fromEntries(
    Object.entries(BUILT_IN_DEFAULTS).map(([key, builtIn]) => {
      const value = stored(key as keyof DecreeDefaults);
      return [key, value === undefined ? builtIn : value === '' ? null : value];
    }),
  ) as DecreeDefaults;
}

export function createDecreeService({ store, review, clock }: { store: Store; review: ReviewService; clock: () => Date }) {
  const now = () => clock().toISOString();

  function requireRecord(documentId: number): DecreeRecord {
    if (store.documents.status(documentId) === undefined) throw new WorkbenchError('not_found', `Document ${documentId} does not exist.`);
    const record = store.decrees.get(documentId);
    if (!record) throw new WorkbenchError('not_found', `Document ${documentId} has no decree record: it was not read as an instrument.`);
    return record;
  }

  function change(before: DecreeRecord, action: string, after: DecreeRecord): ReviewOutcome {
    return review.act(before.documentId, (record) => {
      store.decrees.put(after, now());
      record({ entityId: null, action, before, after });
    });
  }

  const defaults = (): DecreeDefaults => decreeDefaults(store);

  return {
    get(documentId: number) {
      if (store.documents.status(documentId) === undefined) throw new WorkbenchError('not_found', `Document ${documentId} does not exist.`);
      return { record: store.decrees.get(documentId) ?? null, defaults: defaults() };
    },

    /** A corrected particular: refused, with the field's message and nothing written, when invalid. */
    editField(documentId: number, field: ParticularField, input: ParticularInput): ReviewOutcome {
      const before = requireRecord(documentId);
      const parsed = parseParticular(field, input);
      if ('issue' in parsed) throw refuse([parsed.issue]);
      const values = { ...particularsOf(before), [field]: parsed.value } as Particulars;
      const issues = recordIssues(values, field);
      if (issues.length) throw refuse(issues);
      const after: DecreeRecord = {
        ...before,
        fields: { ...before.fields, [field]: { ...before.fields[field], value: parsed.value, state: 'edited' } },
      };
      return change(before, 'decree.edit', after);
    },

    reviewField(documentId: number, field: ParticularField, action: 'accept' | 'reset'): ReviewOutcome {
      const before = requireRecord(documentId);
      const current = before.fields[field];
      // Accepting a corrected field keeps it 'edited': the export must still say the clerk changed it.
      const state = action === 'reset' ? 'pending' : current.state === 'edited' ? 'edited' : 'accepted';
      const after: DecreeRecord = { ...before, fields: { ...before.fields, [field]: { ...current, state } } };
      return change(before, `decree.${action}`, after);
    },

    editClerkField(documentId: number, field: ClerkField, input: string | null): ReviewOutcome {
      const before = requireRecord(documentId);
      const parsed = parseClerkField(field, input);
      if ('issue' in parsed) throw refuse([parsed.issue]);
      return change(before, 'decree.clerk', { ...before, clerk: { ...before.clerk, [field]: parsed.value } });
    },

    /** Confirming accepts the particulars still pending with it; the record must hold together. */
    confirm(documentId: number, confirmed: boolean): ReviewOutcome {
      const before = requireRecord(documentId);
      if (!confirmed) return change(before, 'decree.reopen', { ...before, status: 'pending' });
      const issues = recordIssues(particularsOf(before), null);
      if (issues.length) throw refuse(issues);
      const fields = Object.fromEntries(
        PARTICULAR_FIELDS.map((f) => [
          f,
          before.fields[f].state === 'pending' ? { ...before.fields[f], state: 'accepted' } : before.fields[f],
        ]),
      ) as DecreeRecord['fields'];
      return change(before, 'decree.confirm', { ...before, fields, status: 'confirmed' });
    },

    defaults,

    setDefaults(changes: Partial<DecreeDefaults>): DecreeDefaults {
      const before = defaults();
      const issues = Object.entries(changes).flatMap(([key, value]) => {
        if (key === 'jdih_base_url') return [];
        const parsed = parseClerkField(key as ClerkField, value ?? null);
        return 'issue' in parsed ? [parsed.issue] : [];
      });
      if (issues.length) throw refuse(issues);
      store.transaction(() => {
        for (const [key, value] of Object.entries(changes)) {
          // '' is stored (not removed) so that clearing a built-in default sticks.
          store.settings.set(`${DEFAULTS_PREFIX}${key}`, value ?? '');
        }
        review.audit(null, 'settings.decreeDefaults', before, defaults());
      });
      return defaults();
    },
  };
}

export type DecreeService = ReturnType<typeof createDecreeService>;
