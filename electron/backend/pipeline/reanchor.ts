import type { EntityRow } from '../storage/repositories/entities-repository.ts';

/**
 * After a document's text changes (re-OCR), moves a reviewed entity to where its surface text now
 * is: the occurrence nearest to its old position, scaled to the new length. An entity whose text
 * is gone keeps its decision (nothing the clerk confirmed is dropped) with an empty span at the
 * scaled position and `unanchored: true`, so the UI can show it for re-checking.
 */
export function reanchor(entity: EntityRow, oldLength: number, newText: string): EntityRow {
  const expected = oldLength > 0 ? Math.round((entity.start / oldLength) * newText.length) : 0;
  const needle = entity.text;
  let best = -1;
  if (needle) {
    for (let at = newText.indexOf(needle); at !== -1; at = newText.indexOf(needle, at + 1)) {
      if (best === -1 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
    }
  }
  if (best === -1) {
    const at = Math.min(expected, newText.length);
    return { ...entity, start: at, end: at, mentions: [], attributes: { ...entity.attributes, unanchored: true } };
  }
  const end = best + needle.length;
  const { unanchored: _dropped, ...attributes } = entity.attributes;
  return {
    ...entity,
    start: best,
    end,
    attributes,
    mentions: [{ start: best, end, text: needle, rule: entity.rule, confidence: entity.confidence }],
  };
}
