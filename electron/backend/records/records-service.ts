import type { MethodResult } from '../../../shared/contract/api.ts';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import type { EntityType } from '../../../shared/types/entity.ts';
import type { Store } from '../storage/store.ts';
import type { Attributes } from '../../../shared/types/entity.ts';
import { attributeNames } from '../../../shared/types/entity-attributes.ts';
import { DUPLICATE_HINT_TYPES, likelyDuplicates } from '../../../shared/records/likely-duplicates.ts';

type RecordSummary = MethodResult<'records.list'>['items'][number];

/**
 * Records: confirmed entities across documents, one per (type, record key), where a clerk can
 * declare two keys the same record. A record key is the normalised value, except for scores
 * (value, subject, index, year) and decrees (key, kind, issuer): shared/records/record-key.ts. Merges are stored by key, so they survive re-extraction and reach exports.
 */
export function createRecordsService(
  store: Store,
  audit: (action: string, before: unknown, after: unknown) => void,
  clock: () => Date,
  actor: () => string,
) {
  function mergeMap(): Map<string, string> {
    return new Map(store.records.merges().map((m) => [`${m.type}\u0000${m.fromKey}`, m.intoKey]));
  }

  return {
    /** The record key an entity's normalised value belongs to, after merges. */
    resolver(): (type: EntityType, key: string) => string {
      const merges = mergeMap();
      return (type, key) => merges.get(`${type}\u0000${key}`) ?? key;
    },

    /** Every normalised value that counts as this record. */
    keysOf(type: EntityType, key: string): string[] {
      const merges = store.records.merges().filter((m) => m.type === type);
      const into = merges.find((m) => m.fromKey === key)?.intoKey ?? key;
      return [into, ...merges.filter((m) => m.intoKey === into).map((m) => m.fromKey)];
    },

    list(args: { type?: EntityType | undefined; query?: string | undefined; limit: number }): RecordSummary[] {
      const resolve = this.resolver();
      const merged = new Map<string, Set<string>>();
      for (const m of store.records.merges()) {
        const k = `${m.type}\u0000${m.intoKey}`;
        if (!merged.has(k)) merged.set(k, new Set());
        merged.get(k)!.add(m.fromKey);
      }
      const records = new Map<string, RecordSummary & { docIds: Set<number> }>();
      for (const row of store.records.reviewedEntities(args.type ?? null)) {
        const key = resolve(row.type, row.recordKey);
        const id = `${row.type}\u0000${key}`;
        let record = records.get(id);
        if (!record) {
          record = {
            type: row.type,
            key,
            mergedKeys: [...(merged.get(id) ?? [])].sort(),
            label: key,
            mentions: 0,
            documents: [],
            details: {},
            likelyDuplicates: [],
            docIds: new Set(),
          };
          records.set(id, record);
        }
        record.mentions++;
        if (!record.docIds.has(row.documentId)) {
          record.docIds.add(row.documentId);
          record.documents.push({ id: row.documentId, name: row.documentName });
        }
        if (row.type === 'region' && typeof row.attributes.name === 'string' && row.normalized === key) record.label = row.attributes.name;
        if ((row.type === 'score' || row.type === 'decree') && row.recordKey === key)
          record.label = identityLabel(row.type, row.normalized, row.attributes);
        // Beside a record: every attribute its type names (shared/types/entity-attributes.ts).
        for (const attribute of attributeNames(row.type)) {
          const value = row.attributes[attribute];
          const values = Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [String(value)];
          if (values.length === 0) continue;
          const seen = (record.details[attribute] ??= []);
          for (const v of values) if (!seen.includes(v)) seen.push(v);
        }
      }
      // Hints are sought over every record of a type, whatever the query shows.
      for (const type of DUPLICATE_HINT_TYPES) {
        const ofType = [...records.values()].filter((r) => r.type === type);
        const hints = likelyDuplicates(type, ofType);
        for (const record of ofType) record.likelyDuplicates = hints.get(record.key) ?? [];
      }
      const query = args.query?.trim().toLocaleLowerCase();
      return [...records.values()]
        .filter((r) => !query || r.key.toLocaleLowerCase().includes(query) || r.label.toLocaleLowerCase().includes(query))
        .sort((a, b) => a.type.localeCompare(b.type) || b.documents.length - a.documents.length || a.label.localeCompare(b.label))
        .slice(0, args.limit)
        .map(({ docIds: _ids, ...r }) => r);
    },

    merge(type: EntityType, from: string, into: string): void {
      if (from === into) throw new WorkbenchError('invalid_request', 'A record cannot be merged into itself.');
      const target = this.resolver()(type, into);
      if (target === from) throw new WorkbenchError('invalid_request', `${into} is already merged into ${from}.`);
      store.transaction(() => {
        store.records.merge(type, from, target, actor(), clock().toISOString());
        audit('record.merge', null, { type, from, into: target });
      });
    },

    split(type: EntityType, key: string): void {
      store.transaction(() => {
        const removed = store.records.split(type, key);
        if (removed === 0) throw new WorkbenchError('not_found', `${key} is not part of a merged record.`);
        audit('record.split', { type, key }, null);
      });
    },
  };
}

export type RecordsService = ReturnType<typeof createRecordsService>;

/** "4.57 · Kabupaten Musi Banyuasin · IPP 2024", "7/2020 · perda · Bupati Jombang": a record that is more than its number. */
function identityLabel(type: EntityType, normalized: string, a: Attributes): string {
  const parts =
    type === 'score'
      ? [a.subject ?? a.subject_key, [a.index, a.year].filter((x) => x !== null && x !== undefined && x !== '').join(' ')]
      : [a.kind, a.issuer];
  return [normalized, ...parts.map((p) => (Array.isArray(p) ? p.join(', ') : p === null || p === undefined ? '' : String(p)))]
    .filter(Boolean)
    .join(' · ');
}
