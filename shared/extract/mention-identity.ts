import type { AttributeValue } from '../types/entity.ts';
import type { RawMention } from './mention.ts';
import { issuerKey, lowerWordsAscii } from '../records/record-key.ts';
import { squash } from './normalize/text-forms.ts';

/**
 * Within one document, which record of its key each score or decree mention belongs to
 * (ENTITIES.md): a score is one record per subject and value, a decree one per key, kind and
 * issuer. A mention that leaves a part unsaid (a later "nilai 4,52" with no subject, a bare
 * "Nomor 7 Tahun 2020") belongs to the first record it agrees with, never to a record of its
 * own when one agrees. Index and year read from the sentences around are noisy, so they split a
 * subject's record only where a table states them (the first reading gives the record's attributes).
 */
export function assignIdentities(mentions: readonly RawMention[]): RawMention[] {
  const groups = new Map<string, Profile[]>();
  // Copies (the caller's mentions stay as they were), all of one shape: each extractor builds its
  // mentions in its own way, and grouping reads every field of every mention.
  const out = mentions.map((m): RawMention => ({
    type: m.type,
    key: m.key,
    start: m.start,
    end: m.end,
    text: m.text,
    rule: m.rule,
    confidence: m.confidence,
    attributes: m.attributes,
    identity: m.identity,
  }));
  // Mentions that say the most first, then in text order: they found the records.
  const order = out
    .filter((m) => m.type === 'score' || m.type === 'decree')
    .map((m) => {
      const parts = partsOf(m);
      return { m, parts, known: known(parts) };
    })
    .sort((a, b) => b.known - a.known || a.m.start - b.m.start);
  const issuerKeys = new Map<string, string>();
  const keyOf = (issuer: string): string => {
    let k = issuerKeys.get(issuer);
    if (k === undefined) issuerKeys.set(issuer, (k = issuerKey(issuer)));
    return k;
  };
  for (const { m, parts } of order) {
    const id = `${m.type}\u0000${m.key}`;
    let list = groups.get(id);
    if (!list) groups.set(id, (list = []));
    let k = list.findIndex((p) => agrees(p, parts, m.type, keyOf));
    if (k < 0) {
      list.push([...parts]);
      k = list.length - 1;
    } else {
      const p = list[k] as Profile;
      // The fuller reading stays: a later shorter issuer still agrees with it.
      parts.forEach((v, x) => {
        if (v !== null && (p[x] === null || v.length > (p[x] as string).length)) p[x] = v;
      });
    }
    m.identity = String(k);
  }
  return out;
}

type Profile = (string | null)[];

const ISSUER_IMPLIED = new Set(['uu', 'pp', 'perpres']);

function text(v: AttributeValue | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  // toLowerCase(): Indonesian has no casing rules of its own (toLocaleLowerCase('id') gives the same, slower).
  return squash((Array.isArray(v) ? v.join('+') : String(v)).toLowerCase()) || null;
}

function partsOf(m: RawMention): Profile {
  if (m.type === 'score') {
    // A table states its column's year and index outright: there they split records too.
    const stated = m.rule === 'score.table';
    return [text(m.attributes.subject_key), stated ? text(m.attributes.index) : null, stated ? text(m.attributes.year) : null];
  }
  const kind = text(m.attributes.kind);
  // "other" is what a number without its instrument's name gets: it says nothing about the kind.
  const k = kind === 'other' ? null : kind;
  const issuer = typeof m.attributes.issuer === 'string' ? issuerWords(m.attributes.issuer) || null : null;
  return [k, k && ISSUER_IMPLIED.has(k) ? null : issuer];
}

function known(p: Profile): number {
  return p.filter((v) => v !== null).length;
}

/** An issuer as lower-case words; compared by issuerKey() or by one naming the other in part. */
export function issuerWords(issuer: string): string {
  return (lowerWordsAscii(issuer) ?? issuer.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * Two readings agree when every part is equal or unsaid. Issuers also agree when they are one
 * name in two forms ("Menteri PANRB" / "Menteri Pendayagunaan …": issuerKey) or when one is the
 * other shortened ("Dewan Perwakilan Rakyat Daerah" / "… Daerah Kota Madiun").
 */
function agrees(a: Profile, b: Profile, type: string, keyOf: (issuer: string) => string): boolean {
  return a.every((v, x) => {
    const w = b[x];
    if (v === null || w === null || w === undefined || v === w) return true;
    if (type !== 'decree' || x !== 1) return false;
    return keyOf(v) === keyOf(w) || ` ${v} `.includes(` ${w} `) || ` ${w} `.includes(` ${v} `);
  });
}
