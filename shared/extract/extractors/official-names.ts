import type { Doc } from '../doc.ts';
import { spanText } from '../doc.ts';
import type { OfficialMention } from './official.ts';
import type { OrgFindings } from './organization.ts';
import { KIND_WORD, hasSpaceBefore, isCap, isSkipped, isUpper, tokEnd, tokStart } from '../text/tokenize.ts';
import { squash, titleWord } from '../normalize/text-forms.ts';
import { isInstitutionalWord } from '../normalize/morphology.ts';

/** A person as written: honorifics and degrees around the name, the name's words, its key. */

export interface Titles {
  end: number;
  honorifics: string[];
  degrees: string[];
}

const MAX_NAME_TOKENS = 6;
/** Balinese names open with caste and birth-order words and run longer ("I Gusti Ngurah Bagus Adi Widhya Utama"). */
const LONG_NAME_OPENERS = new Set(['i', 'ni', 'ida', 'anak', 'gusti', 'cokorda', 'tjokorda', 'dewa', 'desak']);
const MAX_NAME_WORD = 16;

export function wideGap(doc: Doc, j: number): boolean {
  return j > 0 && tokStart(doc.ts, j) - tokEnd(doc.ts, j - 1) >= 4;
}

export function wordAt(doc: Doc, j: number): boolean {
  return j >= 0 && j < doc.ts.count && doc.ts.kind[j] === KIND_WORD && !isSkipped(doc.ts, j);
}

/** Honorifics and degrees written before or after a name: "Dr.H", "H.M.", "S.Sos, M.AP", "SPd. M. T". */
export function parseTitles(doc: Doc, j: number, after: boolean): Titles {
  const { ts, tok } = doc;
  const people = doc.res.people;
  const out: Titles = { end: j, honorifics: [], degrees: [] };
  for (let guard = 0; guard < 8 && j < ts.count; guard++) {
    if (after && tok[j] === ',' && (ts.nl[j] as number) === 0) {
      j++;
      continue;
    }
    if (!wordAt(doc, j) || (guard > 0 && (ts.nl[j] as number) > 0)) break;
    let matched = false;
    for (let k = Math.min(people.maxTitleTokens + 2, 7); k >= 1 && !matched; k--) {
      let c = '';
      let ok = true;
      for (let m = 0; m < k; m++) {
        const q = j + m;
        if (q >= ts.count || (m > 0 && (ts.nl[q] as number) > 0)) {
          ok = false;
          break;
        }
        const t = tok[q] as string;
        if (ts.kind[q] === KIND_WORD) {
          // Titles are short written pieces ("S", "Sos", "HM"); a long word only alone ("Kiyai", "Jenderal").
          if (t.length > 5 && k > 1) {
            ok = false;
            break;
          }
          c += t;
        } else if (t !== '.') {
          ok = false;
          break;
        }
      }
      if (!ok || !c || (tok[j + k - 1] === '.' && k === 1)) continue;
      // A trailing dot belongs to the title ("S.H.", "Dr.").
      let len = k;
      if (tok[j + len] === '.' && !hasSpaceBefore(ts, j + len)) len++;
      const honorific = people.honorifics.get(c);
      if (!after && honorific && honorific.kind !== 'keep') {
        // "H" or "Dr" must be followed by more name ("H. Sandi"), not end the phrase.
        const next = j + len;
        if (!wordAt(doc, next) || !(isCap(ts, next) || isUpper(ts, next)) || (ts.nl[next] as number) > 0) continue;
        // The title as written, made only for a title found (most pieces tried are none).
        out.honorifics.push(squash(spanText(doc, j, j + len)));
        j += len;
        matched = true;
      } else if (people.degrees.has(c) && (after || c.length > 2 || isUpper(ts, j))) {
        if (after || /^(?:drs|dra|dr|ir|prof)/.test(c)) {
          out.degrees.push(squash(spanText(doc, j, j + len)));
          j += len;
          matched = true;
        }
      }
    }
    if (!matched) break;
    out.end = j;
  }
  return out;
}

export interface NameParse {
  tokens: number[];
  end: number;
}

export function parseName(doc: Doc, j: number, signature: boolean, orgs: OrgFindings): NameParse {
  const { ts, tok } = doc;
  const people = doc.res.people;
  const tokens: number[] = [];
  const max = LONG_NAME_OPENERS.has(tok[j] ?? '') ? MAX_NAME_TOKENS + 2 : MAX_NAME_TOKENS;
  while (tokens.length < max && wordAt(doc, j)) {
    if (tokens.length > 0 && (ts.nl[j] as number) > 0) break;
    const t = tok[j] as string;
    if (!isCap(ts, j) || t.length > MAX_NAME_WORD) break;
    if (orgs.byToken[j]) break;
    // A wide gap is a table column or a stamp, not the space between two names.
    if (tokens.length > 0 && wideGap(doc, j)) break;
    // "Perundang-undangan": a capitalised compound word, not a name.
    if (tok[j + 1] === '-' && !hasSpaceBefore(ts, j + 1) && wordAt(doc, j + 2) && !hasSpaceBefore(ts, j + 2) && !isCap(ts, j + 2)) break;
    if (tokens.length === 0 ? people.nameBlockers.has(t) : people.stopWords.has(t)) break;
    if (
      tokens.length > 0 &&
      (people.positions.byFirst.has(t) || (people.honorifics.has(t) && (people.honorifics.get(t)?.kind ?? '') !== 'keep'))
    )
      break;
    if (
      tokens.length > 0 &&
      people.degrees.has(t) &&
      (isUpper(ts, j) || /[A-Z].*[A-Z]/.test(doc.ts.text.slice(tokStart(ts, j), tokEnd(ts, j))) || tok[j + 1] === '.' || t.length <= 4)
    )
      break;
    // Outside signature blocks a name in capitals after a title in lower case is an abbreviation ("Anggota JDIHN").
    if (!signature && tokens.length === 0 && isUpper(ts, j) && t.length > 1 && !isUpper(ts, j - 1)) break;
    if (tokens.length === 0 && isInstitutionalWord(t)) break;
    // "Efendi S.Sos": a letter with a dot after a name may open a degree, not an initial.
    if (tokens.length > 0 && t.length === 1 && parseTitles(doc, j, true).degrees.length > 0) break;
    tokens.push(j);
    // Initials keep their dot ("M. Adrian"); hyphenated names stay whole ("Al-Farabi").
    if (t.length === 1 && tok[j + 1] === '.' && !hasSpaceBefore(ts, j + 1)) {
      j += 2;
      continue;
    }
    // Abbreviated name parts and titles that belong to the name ("Dt. Rajo Bungsu", "Moch. Ansari").
    if (
      tok[j + 1] === '.' &&
      !hasSpaceBefore(ts, j + 1) &&
      people.honorifics.get(t)?.kind === 'keep' &&
      wordAt(doc, j + 2) &&
      isCap(ts, j + 2) &&
      (ts.nl[j + 2] as number) === 0
    ) {
      j += 2;
      continue;
    }
    if (tok[j + 1] === '-' && !hasSpaceBefore(ts, j + 1) && wordAt(doc, j + 2) && !hasSpaceBefore(ts, j + 2) && isCap(ts, j + 2)) {
      tokens.push(j + 2);
      j += 3;
      continue;
    }
    j++;
  }
  // A name is not only initials or one letter.
  if (!tokens.some((q) => (tok[q] as string).length > 2)) return { tokens: [], end: j };
  return {
    tokens,
    end:
      (tokens[tokens.length - 1] as number) +
      1 +
      (tok[(tokens[tokens.length - 1] as number) + 1] === '.' && (tok[tokens[tokens.length - 1] as number] as string).length === 1 ? 1 : 0),
  };
}

export function nameKey(doc: Doc, tokens: number[]): string {
  const { ts, tok } = doc;
  const words: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const q = tokens[k] as number;
    const written = ts.norm.slice(tokStart(ts, q), tokEnd(ts, q));
    if (k > 0 && tokens[k - 1] === q - 2 && tok[q - 1] === '-') {
      words[words.length - 1] += '-' + titleWord(written, true);
      continue;
    }
    let w = titleWord(written, true);
    // Initials and abbreviated name parts keep their dot ("M. Adrian", "Dt. Rajo Bungsu").
    if (tok[q + 1] === '.' && (w.length === 1 || doc.res.people.honorifics.get(tok[q] as string)?.kind === 'keep')) w += '.';
    words.push(w);
  }
  return words.join(' ');
}

export interface Reading {
  first: number;
  titles: Titles;
  name: NameParse;
  post: Titles;
}

export function toMention(doc: Doc, r: Reading, role: string | null, rule: string, confidence: number): OfficialMention {
  const first = r.first;
  const last = r.name.tokens[r.name.tokens.length - 1] as number;
  return {
    nameFirst: r.name.tokens[0] as number,
    nameEnd: last + 1,
    start: tokStart(doc.ts, first),
    end: tokEnd(doc.ts, last),
    text: spanText(doc, first, last + 1),
    key: nameKey(doc, r.name.tokens),
    role,
    honorifics: r.titles.honorifics,
    degrees: [...r.titles.degrees, ...r.post.degrees],
    rule,
    confidence,
  };
}
