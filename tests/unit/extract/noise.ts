// Deterministic OCR-like character noise for robustness tests: a seeded PRNG (mulberry32)
// substitutes look-alike letters, drops or doubles letters at a given rate. Digits and
// punctuation are left alone, as light OCR noise mostly hits letters.
import { mulberry32 } from '../../helpers/seeded-random.ts';

const LOOK_ALIKE: Record<string, string> = {
  i: 'l',
  l: 'i',
  o: '0',
  e: 'c',
  c: 'e',
  a: 'o',
  n: 'm',
  m: 'n',
  s: '5',
  b: 'h',
  h: 'b',
  u: 'v',
  r: 'n',
  t: 'f',
  g: 'q',
  I: 'l',
  O: '0',
  S: '5',
  B: '8',
  E: 'F',
};

export function addNoise(text: string, rate: number, seed: number): string {
  const rnd = mulberry32(seed);
  let out = '';
  for (const ch of text) {
    if (!/\p{L}/u.test(ch) || rnd() >= rate) {
      out += ch;
      continue;
    }
    const op = rnd();
    if (op < 0.6) out += LOOK_ALIKE[ch] ?? ch;
    else if (op < 0.8) continue;
    else out += ch + ch;
  }
  return out;
}
