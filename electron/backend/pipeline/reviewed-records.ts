import { recordKey } from '../../../shared/records/record-key.ts';
import type { Attributes, EntityType } from '../../../shared/types/entity.ts';

interface Keyed {
  type: EntityType;
  normalized: string;
  attributes: Attributes;
}

/**
 * After re-reading a document: whether a freshly extracted entity is a record the clerk has
 * already reviewed (kept), so it is not offered again. Records are matched by their whole
 * identity (recordKey: a score's subject, a decree's kind and issuer), so a second subject with
 * the same value still comes in. A reviewed score or decree saved before identities were read
 * (no subject_key / no kind) stands for every record of its value.
 */
export function reviewedRecords(kept: readonly Keyed[]): (e: Keyed) => boolean {
  const keys = new Set(kept.map((e) => `${e.type}\u0000${recordKey(e.type, e.normalized, e.attributes)}`));
  const wholeValue = new Set(kept.filter(saysNoIdentity).map((e) => `${e.type}\u0000${e.normalized}`));
  return (e) =>
    keys.has(`${e.type}\u0000${recordKey(e.type, e.normalized, e.attributes)}`) || wholeValue.has(`${e.type}\u0000${e.normalized}`);
}

function saysNoIdentity(e: Keyed): boolean {
  if (e.type === 'score') return !('subject_key' in e.attributes);
  if (e.type === 'decree') return !e.attributes.kind;
  return false;
}
