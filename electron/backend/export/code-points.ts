/**
 * Maps UTF-16 offsets (JavaScript string indices, what spans store) to Unicode code-point offsets
 * (what Python's str indexing uses). One pass over the text; offsets may come in any order.
 */
export function codePointOffsets(text: string, offsets: readonly number[]): Map<number, number> {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const result = new Map<number, number>();
  let codePoints = 0;
  let unit = 0;
  for (const target of wanted) {
    while (unit < target && unit < text.length) {
      const code = text.charCodeAt(unit);
      // A high surrogate followed by a low one is one code point in two units.
      unit += code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      codePoints++;
    }
    result.set(target, codePoints);
  }
  return result;
}
