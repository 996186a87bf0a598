/**
 * How paged documents (PDF, multi-page TIFF) are laid out in their clean text: page texts in
 * order, joined by a blank line. A blank line (not a form feed) because every consumer of the
 * clean text already treats it as a paragraph break, and a text view shows it as one; page
 * boundaries are kept exactly in PageText.start/end instead.
 */
export const PAGE_SEPARATOR = '\n\n';

/** Start and end offsets of each page text in `texts.join(PAGE_SEPARATOR)`. */
export function pageOffsets(texts: readonly string[]): Array<{ start: number; end: number }> {
  const offsets: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  texts.forEach((text, i) => {
    if (i > 0) cursor += PAGE_SEPARATOR.length;
    offsets.push({ start: cursor, end: cursor + text.length });
    cursor += text.length;
  });
  return offsets;
}
