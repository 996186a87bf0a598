import type { PreparedPeople } from '../gazetteer/people-gazetteer.ts';
import { compact } from '../normalize/text-forms.ts';

/**
 * The signatory's name from the signature line ("Dr. H. SUSILO BAMBANG YUDHOYONO", "BAMBANG
 * RIANTO, S.STP, M.Si", "EKA SUPRASETYO A.P."): honorifics before it and degrees after it
 * dropped, the name title-cased as written. Null when what is left is not a name.
 */
export function signerName(line: string, people: PreparedPeople): string | null {
  // Degrees follow the first comma; "NIP …" never belongs to the name.
  const beforeComma = line.split(/,|\bNIP\b/)[0] ?? '';
  // Quotes and rules a scan puts before a word ("“VERA") are not part of it.
  const words = beforeComma
    .replace(/[|_~*“”"«»„]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // "H.M." / "Dr.H." glued honorifics: split at dots between letters.
  const split = words.flatMap((w) =>
    /^(\p{L}{1,3}\.){2,}$/u.test(w) || /^\p{L}{1,3}\.\p{L}{1,3}\.?$/u.test(w) ? w.split(/(?<=\.)/) : [w],
  );
  let first = 0;
  while (first < split.length) {
    const c = compact(split[first]!);
    const honorific = people.honorifics.get(c);
    // "Drs." and "Ir." before a name are degrees written as titles.
    const degreeFirst = people.degrees.has(c) && /\.$/.test(split[first]!);
    if ((!honorific || honorific.kind === 'keep') && !degreeFirst) break;
    first++;
  }
  let last = split.length;
  while (last > first + 1 && people.degrees.has(compact(split[last - 1]!)) && /[.]|^[A-Z]{2,5}$/.test(split[last - 1]!)) last--;
  // Dotted initials after a name of two words or more are a degree the lists may not hold ("A. P.", "S.IP.").
  while (last > first + 2 && /^(\p{L}{1,3}\.)+$/u.test(split[last - 1]!)) last--;
  // Specks around the name go; a speck or a figure among its words means the line is not a name.
  let from = first;
  let to = last;
  while (from < to && !/\p{L}/u.test(split[from]!)) from++;
  while (to > from && !/\p{L}/u.test(split[to - 1]!)) to--;
  const name = split.slice(from, to);
  if (name.length === 0 || name.length > 6) return null;
  if (name.some((w) => /\d/.test(w) || !/\p{L}/u.test(w))) return null;
  return name.map(titleName).join(' ');
}

function titleName(word: string): string {
  if (word !== word.toUpperCase()) return word;
  // After a hyphen a new part starts ("Abdul-Rahman"); after an apostrophe the word goes on ("Na'im", "Ma'ruf").
  return word.toLowerCase().replace(/(^|-)(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}
