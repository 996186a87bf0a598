// Inputs composed from pieces for the fast-path tests: many cases from a fixed seed, never copied text.

/** Strings glued from `pieces`, from a fixed seed (the same cases on every run). */
export function composed(pieces: readonly string[], count: number, maxPieces: number): string[] {
  let seed = 11;
  const next = (n: number): number => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 65536) % n;
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    let s = '';
    for (let k = next(maxPieces + 1); k > 0; k--) s += pieces[next(pieces.length)];
    out.push(s);
  }
  return out;
}

export const WORD_PIECES = [
  'a',
  'D',
  'n',
  'dan',
  'DAN',
  'Dan',
  'and',
  'AND',
  ' ',
  '  ',
  '-',
  '_',
  '&',
  ',',
  '.',
  '1',
  'é',
  'É',
  'İ',
  'ß',
  'ǅ',
  'Σ',
];
