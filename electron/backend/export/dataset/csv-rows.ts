import { createReadStream } from 'node:fs';

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * The records of a CSV the dataset wrote (RFC 4180: quoted fields may hold commas, quotes and line
 * breaks), read back a chunk at a time: the workbook is built from the very rows of the CSVs, so its
 * sheets and the CSVs cannot disagree, and memory holds one chunk, not the file.
 */
export async function* csvRows(path: string): AsyncGenerator<string[]> {
  let pending = '';
  let first = true;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    let text = pending + (chunk as string);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    const { rows, rest } = parseRecords(text, false);
    pending = rest;
    yield* rows;
  }
  if (pending.length > 0) yield* parseRecords(pending, true).rows;
}

/** Complete records of `text`; without `final`, an unfinished last record comes back as `rest`. */
export function parseRecords(text: string, final: boolean): { rows: string[][]; rest: string } {
  const rows: string[][] = [];
  const length = text.length;
  let i = 0;
  records: while (i < length) {
    const recordStart = i;
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          // The closing quote, or whether it is a doubled one, may be in the next chunk.
          if (quote === -1 || (quote + 1 >= length && !final)) {
            if (final) throw new Error(`Malformed CSV: a quoted field is not closed (record from offset ${recordStart})`);
            return { rows, rest: text.slice(recordStart) };
          }
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += text.slice(from, quote);
          i = quote + 1;
          break;
        }
        fields.push(value);
      } else {
        let end = i;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === COMMA || c === CR || c === LF) break;
          end++;
        }
        if (end >= length && !final) return { rows, rest: text.slice(recordStart) };
        fields.push(text.slice(i, end));
        i = end;
      }
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR && i + 1 >= length && !final) return { rows, rest: text.slice(recordStart) };
      if (c === CR || c === LF) {
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        rows.push(fields);
        continue records;
      }
      if (i >= length) {
        rows.push(fields);
        break records;
      }
      throw new Error(`Malformed CSV: unexpected character after a quoted field (record from offset ${recordStart})`);
    }
  }
  return { rows, rest: '' };
}
