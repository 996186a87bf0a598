/**
 * The clean text of a document (ENTITIES.md, "Text and offsets"): byte-order mark removed,
 * line ends as \n, Unicode in NFC. Every stored span is an offset into this string, so every
 * importer and the extractor must agree on it: call this, never a local variant.
 */
export function cleanText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, '\n');
  return text.normalize('NFC');
}
