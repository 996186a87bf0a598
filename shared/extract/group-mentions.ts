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
  const byKey = new Map<string, ExtractedEntity>();
  const sorted = assignIdentities(mentions).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    const id = `${m.type}\u0000${m.key}\u0000${m.identity ?? ''}`;
    let e = byKey.get(id);
    if (!e) {
      e = {
        type: m.type,
        normalized: m.key,
        text: m.text,
        start: m.start,
        end: m.end,
        attributes: { ...m.attributes },
        confidence: m.confidence,
        rule: m.rule,
        mentions: [],
      };
      byKey.set(id, e);
    } else {
      mergeAttributes(e.attributes, m.attributes);
      if (m.confidence > e.confidence) e.confidence = m.confidence;
    }
    // Mentions come sorted by start, then end: one span given twice arrives right after itself.
    const last = e.mentions[e.mentions.length - 1];
    if (!last || last.start !== m.start || last.end !== m.end) {
      e.mentions.push({ start: m.start, end: m.end, text: m.text, rule: m.rule, confidence: m.confidence });
    }
  }
  return [...byKey.values()].sort((a, b) => (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0) || a.start - b.start);
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
