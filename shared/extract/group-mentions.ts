import type { AttributeValue, Attributes, ExtractedEntity } from '../types/entity.ts';
import { ENTITY_TYPES } from '../types/entity.ts';
import type { RawMention } from './mention.ts';
import { assignIdentities } from './mention-identity.ts';

const TYPE_ORDER = new Map<string, number>(ENTITY_TYPES.map((t, k) => [t, k]));

/**
 * Groups mentions of the same record (same type, key and identity: two subjects given one value
 * are two scores, two instruments with one NUMBER/YEAR two decrees) into one entity: its first mention
 * gives text and span, confidence is the best of its mentions, attributes are merged (the
 * first value given wins; list attributes are united). Output order: type order of
 * ENTITY_TYPES, then first appearance.
 */
export function groupMentions(mentions: RawMention[]): ExtractedEntity[] {
  // Records by key, then by type and identity among the few records of that key: looked up by
  // the strings the mentions already carry (no id string joined and hashed anew per mention),
  // through one Map per document instead of one per type and per key.
  const byKey = new Map<string, number[]>();
  const records: ExtractedEntity[] = [];
  const identities: string[] = [];
  /** Whether record r's attributes are a copy of its own (made when a second mention is merged into them). */
  const ownAttributes: boolean[] = [];
  const sorted = assignIdentities(mentions).sort((a, b) => a.start - b.start || b.end - a.end);
  // Indexed loops: this runs once per document, often before it is optimised, and a for-of
  // there makes an iterator result per element.
  for (let q = 0; q < sorted.length; q++) {
    const m = sorted[q] as RawMention;
    const identity = m.identity ?? '';
    const sameKey = byKey.get(m.key);
    let r = -1;
    if (sameKey) {
      for (let k = 0; k < sameKey.length; k++) {
        const x = sameKey[k] as number;
        if ((records[x] as ExtractedEntity).type === m.type && identities[x] === identity) {
          r = x;
          break;
        }
      }
    }
    if (r < 0) {
      // Arrays made with their first element (an empty one grows to room for 16 on its first push).
      if (sameKey) sameKey.push(records.length);
      else byKey.set(m.key, [records.length]);
      // The first mention's attributes as they are (each extractor makes a fresh object per
      // mention, read by nothing after grouping): copied only if another mention is merged in.
      records.push({
        type: m.type,
        normalized: m.key,
        text: m.text,
        start: m.start,
        end: m.end,
        attributes: m.attributes,
        confidence: m.confidence,
        rule: m.rule,
        mentions: [{ start: m.start, end: m.end, text: m.text, rule: m.rule, confidence: m.confidence }],
      });
      identities.push(identity);
      ownAttributes.push(false);
      continue;
    }
    const e = records[r] as ExtractedEntity;
    if (!ownAttributes[r]) {
      e.attributes = { ...e.attributes };
      ownAttributes[r] = true;
    }
    mergeAttributes(e.attributes, m.attributes);
    if (m.confidence > e.confidence) e.confidence = m.confidence;
    // Mentions come sorted by start, then end: one span given twice arrives right after itself.
    const last = e.mentions[e.mentions.length - 1];
    if (!last || last.start !== m.start || last.end !== m.end) {
      e.mentions.push({ start: m.start, end: m.end, text: m.text, rule: m.rule, confidence: m.confidence });
    }
  }
  // Records are made in order of their first mention, so each type's are in order of start
  // already: gathered type by type (one lookup per record) they are what a stable sort by type
  // order, then start, gives.
  const order = new Uint8Array(records.length);
  for (let k = 0; k < records.length; k++) order[k] = TYPE_ORDER.get((records[k] as ExtractedEntity).type) ?? 0;
  const out: ExtractedEntity[] = [];
  for (let t = 0; t < ENTITY_TYPES.length; t++) {
    for (let k = 0; k < records.length; k++) if (order[k] === t) out.push(records[k] as ExtractedEntity);
  }
  return out;
}

function mergeAttributes(into: Attributes, from: Attributes): void {
  for (const k of Object.keys(from)) {
    const v = from[k] as AttributeValue;
    const cur: AttributeValue | undefined = into[k];
    if (Array.isArray(cur) && Array.isArray(v)) {
      into[k] = [...new Set([...cur, ...v])];
    } else if (cur === null || cur === undefined || (Array.isArray(cur) && cur.length === 0)) {
      into[k] = v;
    }
  }
}
