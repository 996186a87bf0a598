import type { MethodResult } from '../../../shared/contract/api.ts';
import { decreeKey, issuersAgree } from '../../../shared/decrees/decree-key.ts';
import type { Store } from '../storage/store.ts';

type Citation = MethodResult<'decrees.citations'>['items'][number];

/**
 * The library's decrees, each with the documents citing it and the decrees it cites. A document
 * cites a decree when its Mengingat lists the decree's key, or when it has a decree entity (not
 * rejected, not its own number) whose key agrees and whose kind and issuer, where both sides give
 * them, agree too.
 */
export function decreeCitations(store: Store): Citation[] {
  const records = store.decrees.forExport(true);
  const mentions = store.decrees.decreeMentions();
  const byKey = new Map<string, (typeof records)[number]>();
  const keyOf = new Map<number, string | null>();
  for (const r of records) {
    const key = decreeKey(r.fields.number.value as string | null, r.fields.year.value as number | null);
    keyOf.set(r.documentId, key);
    if (key && !byKey.has(key)) byKey.set(key, r);
  }
  return records
    .filter((r) => keyOf.get(r.documentId))
    .map((r): Citation => {
      const key = keyOf.get(r.documentId)!;
      const kind = r.fields.kind.value as Citation['kind'];
      const issuer = r.fields.issuer.value as string | null;
      const citedBy = new Map<number, Citation['citedBy'][number]>();
      for (const other of records) {
        const basis = other.fields.legal_basis.value;
        if (other.documentId !== r.documentId && Array.isArray(basis) && basis.includes(key)) {
          citedBy.set(other.documentId, {
            documentId: other.documentId,
            name: other.documentName,
            key: keyOf.get(other.documentId) ?? null,
          });
        }
      }
      for (const m of mentions) {
        if (m.documentId === r.documentId || m.own || m.key !== key || citedBy.has(m.documentId)) continue;
        if (m.kind && kind && m.kind !== kind) continue;
        if (!issuersAgree(m.issuer, issuer)) continue;
        citedBy.set(m.documentId, { documentId: m.documentId, name: m.documentName, key: keyOf.get(m.documentId) ?? null });
      }
      // What it cites: its Mengingat keys, then the other decrees its text names (not its own number).
      const basis = r.fields.legal_basis.value;
      const named = mentions.filter((m) => m.documentId === r.documentId && m.key !== key && !m.own).map((m) => m.key);
      const cites = [...new Set([...(Array.isArray(basis) ? basis : []), ...named])].map((k) => {
        const target = byKey.get(k);
        return { key: k, documentId: target?.documentId ?? null, title: (target?.fields.title.value as string | null | undefined) ?? null };
      });
      return {
        documentId: r.documentId,
        key,
        kind,
        number: r.fields.number.value as string | null,
        title: r.fields.title.value as string | null,
        citedBy: [...citedBy.values()],
        cites,
      };
    })
    .sort((a, b) => b.citedBy.length - a.citedBy.length || a.key.localeCompare(b.key));
}
