import type { AttributeValue, Attributes, EntityType } from '../types/entity.ts';

/**
 * A record's identity (ENTITIES.md). For most types it is the normalised key. A score is
 * (value, subject_key, index, year) and a decree (key, kind, issuer): the bare number or
 * NUMBER/YEAR alone never joins two records. Parts are joined by "|", a missing part is empty.
 * Stored with each entity (entities.record_key) so that SQL filters and merges use it as is.
 */
export function recordKey(type: EntityType, normalized: string, attributes: Attributes): string {
  if (type === 'score') {
    return [normalized, part(attributes.subject_key), part(attributes.index), part(attributes.year)].join('|');
  }
  if (type === 'decree') {
    return [normalized, part(attributes.kind), issuerPart(attributes.kind, attributes.issuer)].join('|');
  }
  return normalized;
}

/** Kinds whose issuer is implied by the kind itself (one President, one legislature): the issuer is no part of the identity. */
const ISSUER_IMPLIED = ['uu', 'pp', 'perpres'];

function part(v: AttributeValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return JSON.stringify(v);
  return String(v);
}

function issuerPart(kind: AttributeValue | undefined, issuer: AttributeValue | undefined): string {
  if (typeof kind === 'string' && ISSUER_IMPLIED.includes(kind)) return '';
  return typeof issuer === 'string' ? issuerKey(issuer) : '';
}

/** Words of an issuer that say nothing about which one it is. */
const ISSUER_FILLER = new Set(['menteri', 'kementerian', 'republik', 'indonesia', 'ri', 'dan', 'nomor', 'no']);

/**
 * An issuer in a comparable form: "Menteri Pendayagunaan Aparatur Negara dan Reformasi
 * Birokrasi", "Menteri PANRB" and "MenPAN-RB"'s "PAN-RB" all give "panrb"; a name of three words
 * or more becomes its initials, a shorter one its words run together ("Bupati Bintan" → "bupatibintan").
 */
export function issuerKey(issuer: string): string {
  const words = (lowerWordsAscii(issuer) ?? issuer.toLocaleLowerCase('id').match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (w) => !ISSUER_FILLER.has(w),
  );
  return words.length >= 3 ? words.map((w) => w[0]).join('') : words.join('');
}

/**
 * The lower-case words (runs of letters and digits) of an ASCII string, read by their codes: what
 * `s.toLocaleLowerCase('id').match(/[\p{L}\p{N}]+/gu) ?? []` gives for ASCII, without the locale's
 * case mapping (a library call per string). Null for a string that is not all ASCII.
 */
export function lowerWordsAscii(s: string): string[] | null {
  const words: string[] = [];
  let from = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (c >= 128) return null;
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum && from < 0) from = i;
    else if (!alnum && from >= 0) {
      words.push(s.slice(from, i).toLowerCase());
      from = -1;
    }
  }
  return words;
}
/** The value part of a record key: what a score or decree record is shown and sorted by. */
export function recordValue(type: EntityType, key: string): string {
  return type === 'score' || type === 'decree' ? (key.split('|')[0] ?? key) : key;
}

/**
 * The record an entity belongs to after the clerk's merges: its record key, resolved through
 * `resolve` (the library's merges, which are stored by record key). What exports write as
 * `record_key`, and what an import compares with the entity's own record key to find a merge.
 */
export function mergedRecordKey(
  resolve: (type: EntityType, key: string) => string,
  entity: { type: EntityType; normalized: string; attributes: Attributes },
): string {
  return resolve(entity.type, recordKey(entity.type, entity.normalized, entity.attributes));
}
