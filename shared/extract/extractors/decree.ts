import type { Doc } from '../doc.ts';
import { capitalisedWords, normText, spanText, startsAt } from '../doc.ts';
import { START_DECREE_KIND, START_NUMBER_WORD } from '../gazetteer/token-starts.ts';
import type { RawMention } from '../mention.ts';
import { buildPhraseIndex, matchPhrases } from '../gazetteer/phrase-index.ts';
import {
  phraseTokens,
  KIND_NUM,
  KIND_PUNCT,
  KIND_WORD,
  hasSpaceBefore,
  isCap,
  isSkipped,
  isUpper,
  tokEnd,
  tokStart,
} from '../text/tokenize.ts';
import { squash } from '../normalize/text-forms.ts';

/**
 * References to legal instruments: "Keputusan Menteri PANRB Nomor 659 Tahun 2024", "UU 25 Tahun
 * 2009", "Permen PANRB No. 17/2017", agenda numbers ("Nomor 188.45/0545/DISPUS/2025") and the
 * heading of a decree's own text ("PERATURAN DAERAH … NOMOR 4 TAHUN 2025"). Key NUMBER/YEAR;
 * an agenda number that ends in its year is kept whole. Gazette placements (Lembaran Negara …
 * Nomor N) are not decrees.
 */

type Generic = 'peraturan' | 'keputusan' | null;

interface KindPhrase {
  kind: string;
  /** The instrument word alone: the issuer that follows decides the kind. */
  generic: Generic;
  upperOnly: boolean;
  /** Tokens of the phrase that name the instrument, before the issuer ("Peraturan" of "Peraturan Menteri"). */
  instrumentTokens: number;
}

const KIND_LIST: [string, string, Generic, number][] = [
  ['Undang-Undang', 'uu', null, 3],
  ['Undang Undang', 'uu', null, 2],
  ['UU', 'uu', null, 1],
  ['Peraturan Pemerintah Pengganti Undang-Undang', 'other', null, 6],
  ['Perppu', 'other', null, 1],
  ['Peraturan Pemerintah', 'pp', null, 2],
  ['PP', 'pp', null, 1],
  ['Peraturan Presiden', 'perpres', null, 1],
  ['Perpres', 'perpres', null, 1],
  ['Keputusan Presiden', 'other', null, 1],
  ['Keppres', 'other', null, 1],
  ['Instruksi Presiden', 'other', null, 1],
  ['Inpres', 'other', null, 1],
  ['Peraturan Menteri', 'permen', null, 1],
  ['Permen', 'permen', null, 1],
  ['Keputusan Menteri', 'kepmen', null, 1],
  ['Kepmen', 'kepmen', null, 1],
  ['Surat Keputusan Menteri', 'kepmen', null, 2],
  ['SK Menteri', 'kepmen', null, 1],
  ['Peraturan Daerah', 'perda', null, 2],
  ['Perda', 'perda', null, 1],
  ['Qanun', 'perda', null, 1],
  ['Peraturan Bupati', 'perkada', null, 1],
  ['Perbup', 'perkada', null, 1],
  ['Peraturan Walikota', 'perkada', null, 1],
  ['Peraturan Wali Kota', 'perkada', null, 1],
  ['Perwal', 'perkada', null, 1],
  ['Perwali', 'perkada', null, 1],
  ['Perwako', 'perkada', null, 1],
  ['Peraturan Gubernur', 'perkada', null, 1],
  ['Pergub', 'perkada', null, 1],
  ['Peraturan Kepala Daerah', 'perkada', null, 1],
  ['Keputusan Bupati', 'kepkada', null, 1],
  ['Keputusan Walikota', 'kepkada', null, 1],
  ['Keputusan Wali Kota', 'kepkada', null, 1],
  ['Keputusan Gubernur', 'kepkada', null, 1],
  ['Kepbup', 'kepkada', null, 1],
  ['Kepwal', 'kepkada', null, 1],
  ['Kepgub', 'kepkada', null, 1],
  ['SK Bupati', 'kepkada', null, 1],
  ['SK Walikota', 'kepkada', null, 1],
  ['SK Wali Kota', 'kepkada', null, 1],
  ['SK Gubernur', 'kepkada', null, 1],
  ['Surat Keputusan', 'sk', 'keputusan', 2],
  ['SK', 'sk', 'keputusan', 1],
  ['Keputusan', 'sk', 'keputusan', 1],
  ['Surat Edaran', 'se', null, 2],
  ['SE', 'se', null, 1],
  ['Peraturan', 'other', 'peraturan', 1],
  ['Instruksi', 'other', null, 1],
  ['Ketetapan', 'other', null, 1],
  ['Surat', 'other', null, 1],
  ['Nota Dinas', 'other', null, 2],
  ['Pengumuman', 'other', null, 1],
  ['Maklumat', 'other', null, 1],
];

const KINDS = buildPhraseIndex(
  KIND_LIST.map(([written, kind, generic, instrumentTokens]) => ({
    tokens: phraseTokens(written),
    value: { kind, generic, upperOnly: written.length <= 3 && written === written.toUpperCase(), instrumentTokens } satisfies KindPhrase,
  })),
);

/** First words of the instruments' names: gazetteer/token-starts.ts flags them (START_DECREE_KIND). */
export const DECREE_KIND_FIRST_WORDS: readonly string[] = [...KINDS.byFirst.keys()];

/** OCR sometimes glues a heading into one word ("PERATURANWALIKOTAKENDARI"). */
const GLUED: [string, string][] = [
  ['peraturanpemerintah', 'pp'],
  ['peraturanpresiden', 'perpres'],
  ['peraturanmenteri', 'permen'],
  ['peraturandaerah', 'perda'],
  ['peraturanbupati', 'perkada'],
  ['peraturanwalikota', 'perkada'],
  ['peraturangubernur', 'perkada'],
  ['keputusanbupati', 'kepkada'],
  ['keputusanwalikota', 'kepkada'],
  ['keputusangubernur', 'kepkada'],
  ['keputusanmenteri', 'kepmen'],
  ['keputusanpresiden', 'other'],
  ['permen', 'permen'],
  ['kepmen', 'kepmen'],
  ['perbup', 'perkada'],
  ['perwal', 'perkada'],
  ['pergub', 'perkada'],
  ['kepbup', 'kepkada'],
];

/**
 * By a word's fourth letter, the length of the shortest glued prefix with that letter (0: none):
 * a word no prefix can open ("Peraturan", "Pertama") skips the list.
 */
const GLUED_MIN_LENGTH = new Uint8Array(128);
for (const [prefix] of GLUED) {
  const c = prefix.charCodeAt(3);
  const shortest = GLUED_MIN_LENGTH[c] as number;
  if (shortest === 0 || prefix.length < shortest) GLUED_MIN_LENGTH[c] = prefix.length;
}

/** Flagged by gazetteer/token-starts.ts too (START_NUMBER_WORD). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(['nomor', 'no', 'nomer', 'nmr']);
const YEAR_WORDS = new Set(['tahun', 'th', 'thn']);
const ISSUER_CONNECTORS = new Set(['dan', 'selaku', 'atas', 'republik', 'ri', 'pada']);
const GAZETTE_WORDS = new Set(['lembaran', 'berita', 'tambahan']);
const TITLE_STOP = new Set(['sebagaimana', 'bahwa', 'menimbang', 'mengingat', 'dengan', 'yang', 'serta']);
const MAX_ISSUER = 40;

function isYear(s: string | undefined): boolean {
  if (!s || s.length !== 4) return false;
  const y = Number(s);
  return y >= 1900 && y <= 2100;
}

function kindFromIssuer(generic: Generic, first: string | undefined): string | null {
  if (!generic || !first) return null;
  if (generic === 'peraturan') {
    if (first === 'menteri') return 'permen';
    if (first === 'presiden') return 'perpres';
    if (first === 'pemerintah') return 'pp';
    if (first === 'daerah') return 'perda';
    if (first === 'bupati' || first === 'walikota' || first === 'wali' || first === 'gubernur') return 'perkada';
    return 'other';
  }
  if (first === 'menteri') return 'kepmen';
  if (first === 'presiden') return 'other';
  if (first === 'bupati' || first === 'walikota' || first === 'wali' || first === 'gubernur') return 'kepkada';
  return 'sk';
}

interface ParsedNumber {
  key: string;
  end: number;
  agenda: boolean;
}

/** The number after "Nomor" (or directly after the instrument): "659 Tahun 2024", "17/2017", "800/1234/BKPSDM/2021". */
function parseNumber(doc: Doc, j: number): ParsedNumber | null {
  const { ts, tok } = doc;
  while (j < ts.count && (tok[j] === '.' || tok[j] === ':') && (ts.nl[j] as number) === 0) j++;
  if (j >= ts.count || isSkipped(ts, j) || (ts.nl[j] as number) > 1) return null;
  // Letters and agenda numbers may open a letter's number ("B/456/PP.00.01/2024", "KEP-12/M/2023").
  const lettered =
    ts.kind[j] === KIND_WORD &&
    (isUpper(ts, j) || (isCap(ts, j) && tok[j + 1] === '/')) &&
    (tok[j] as string).length <= 5 &&
    (tok[j + 1] === '/' || tok[j + 1] === '-' || tok[j + 1] === '.') &&
    !hasSpaceBefore(ts, j + 1);
  if (ts.kind[j] !== KIND_NUM && !lettered) return null;
  // The written number: tokens glued together (no spaces) of digits, letters, dots, slashes, dashes.
  const first = j;
  let k = j;
  while (k + 1 < ts.count && k - first < 30 && !hasSpaceBefore(ts, k + 1)) {
    const t = tok[k + 1] as string;
    if (ts.kind[k + 1] === KIND_PUNCT && t !== '.' && t !== '/' && t !== '-') break;
    k++;
  }
  while (k > first && ts.kind[k] === KIND_PUNCT) k--; // trailing "." or "/" belongs to the sentence
  const raw = normText(doc, first, k + 1);
  const parts = raw.split('/');
  let next = k + 1;
  const last = parts[parts.length - 1] as string;
  // A lettered number is an agenda number: it must carry slashes and end in its year.
  if (lettered && !(parts.length >= 3 && (isYear(last) || (YEAR_WORDS.has(last.toLowerCase()) && isYear(tok[next]))))) return null;
  if (parts.length >= 2 && isYear(last)) {
    return { key: raw, end: next, agenda: parts.length > 2 || !/^\d+$/.test(parts[0] as string) };
  }
  // "500.14/784/BUP/VI/TAHUN 2024" and "… Nomor 29 Tahun 2022".
  let yearIdx = -1;
  if (parts.length >= 2 && YEAR_WORDS.has(last.toLowerCase()) && isYear(tok[next])) {
    yearIdx = next;
    return { key: `${parts.slice(0, -1).join('/')}/${tok[yearIdx]}`, end: yearIdx + 1, agenda: true };
  }
  // "Nomor 14\nTahun 2014": a wrapped line may part the number from its year.
  if (YEAR_WORDS.has(tok[next] ?? '') && (ts.nl[next] as number) <= 1) {
    next++;
    if (tok[next] === '.') next++;
    if (isYear(tok[next]) && (ts.nl[next] as number) === 0) yearIdx = next;
  }
  if (yearIdx < 0) return null;
  return { key: `${raw}/${tok[yearIdx]}`, end: yearIdx + 1, agenda: parts.length > 1 };
}

function titleAfter(doc: Doc, j: number): string | null {
  const { ts, tok } = doc;
  while (j < ts.count && tok[j] === ',' && (ts.nl[j] as number) === 0) j++;
  if (tok[j] !== 'tentang' || (ts.nl[j] as number) > 3) return null;
  const upperTitle = isUpper(ts, j);
  const from = j + 1;
  let k = from;
  for (; k < ts.count && k - from < 40; k++) {
    const t = tok[k] as string;
    if (isSkipped(ts, k) || (ts.nl[k] as number) > (k === from ? 3 : 1)) break;
    if (t === '(' || t === ';' || t === '.' || t === ':' || (t === ',' && !upperTitle)) break;
    if (TITLE_STOP.has(t) && k > from && !(upperTitle && t === 'dengan' && tok[k + 1] !== 'rahmat')) break;
    if (NUMBER_WORDS.has(t) && k > from && !upperTitle) break;
  }
  const title = k > from ? squash(spanText(doc, from, k)) : '';
  return title || null;
}

export interface DecreeMention extends RawMention {
  type: 'decree';
  /** Token range, so numbers inside are not read as scores. */
  firstToken: number;
  endToken: number;
}

function nomorWithin(doc: Doc, i: number, n: number): boolean {
  for (let k = i + 1; k <= i + n && k < doc.ts.count; k++) if (NUMBER_WORDS.has(doc.tok[k] as string)) return true;
  return false;
}

function gazetteBefore(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) if (GAZETTE_WORDS.has(doc.tok[k] as string)) return true;
  return false;
}

function kindAt(doc: Doc, i: number): { phrase: KindPhrase; next: number } | null {
  const { ts, tok } = doc;
  if (!isCap(ts, i)) return null;
  if (startsAt(doc, i) & START_DECREE_KIND)
    for (const m of matchPhrases(ts, tok, i, KINDS, 1)) {
      if (m.entry.value.upperOnly && !isUpper(ts, i)) continue;
      return { phrase: m.entry.value, next: m.next };
    }
  const t = tok[i] as string;
  const gluedMin = GLUED_MIN_LENGTH[t.charCodeAt(3)];
  if (t.length > 6 && gluedMin !== undefined && gluedMin !== 0 && t.length >= gluedMin && (t.startsWith('per') || t.startsWith('kep'))) {
    for (const [prefix, kind] of GLUED) {
      if (t.startsWith(prefix)) return { phrase: { kind, generic: null, upperOnly: false, instrumentTokens: 1 }, next: i + 1 };
    }
  }
  return null;
}

export function findDecrees(doc: Doc): DecreeMention[] {
  const { ts, tok } = doc;
  const out: DecreeMention[] = [];
  const emit = (
    first: number,
    num: ParsedNumber,
    kind: string,
    issuerFrom: number,
    issuerEnd: number,
    rule: string,
    confidence: number,
  ): void => {
    const issuer =
      issuerEnd > issuerFrom
        ? squash(spanText(doc, issuerFrom, issuerEnd))
            .replace(/[,(]$/, '')
            .trim() || null
        : null;
    out.push({
      type: 'decree',
      key: num.key,
      start: tokStart(ts, first),
      end: tokEnd(ts, num.end - 1),
      text: spanText(doc, first, num.end),
      rule,
      confidence,
      attributes: { kind, issuer, title: titleAfter(doc, num.end) },
      firstToken: first,
      endToken: num.end,
    });
  };
  // Both readings open at a capitalised word outside boilerplate (kindAt() and the NOMOR
  // heading ask for one): those words, from `next` on (a reference's words are passed over).
  const caps = capitalisedWords(doc);
  let next = 0;
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c] as number;
    if (i < next) continue;
    const km = kindAt(doc, i);
    if (km) {
      // Issuer words up to "Nomor" or straight to the number ("UU 25 Tahun 2009").
      let j = km.next;
      const issuerFrom = i + km.phrase.instrumentTokens;
      let found = -1;
      for (let steps = 0; steps < MAX_ISSUER && j < ts.count; steps++, j++) {
        const w = tok[j] as string;
        const nl = ts.nl[j] as number;
        if (isSkipped(ts, j) || nl > 3) break;
        const numberWord = ts.kind[j] === KIND_WORD && NUMBER_WORDS.has(w);
        // A heading may leave blank lines before its "NOMOR"; running text may not.
        // OCR splits a line with a blank one ("… Antariksa\n\nNasional Nomor 16"): a capitalised word
        // that leads to "Nomor" within two words still belongs to the issuer.
        if (nl > 1 && !isUpper(ts, j) && !numberWord && !(nl === 2 && isCap(ts, j) && nomorWithin(doc, j, 3))) break;
        if (ts.kind[j] === KIND_NUM || numberWord) {
          found = j;
          break;
        }
        if (ts.kind[j] === KIND_WORD) {
          if (w === 'tentang') break;
          if (!isCap(ts, j) && !ISSUER_CONNECTORS.has(w)) break;
          continue;
        }
        if (w === '.' && (tok[j - 1] ?? '').length <= 4) continue;
        if (w === ',' || w === '-' || w === '(' || w === ')' || w === '&' || w === '/') continue;
        break;
      }
      if (found < 0) continue;
      const isNomor = ts.kind[found] === KIND_WORD;
      const num = parseNumber(doc, isNomor ? found + 1 : found);
      if (!num) continue;
      const kind = kindFromIssuer(km.phrase.generic, tok[issuerFrom]) ?? km.phrase.kind;
      emit(i, num, kind, issuerFrom, found, `decree.${kind}`, isNomor ? 0.95 : 0.85);
      next = num.end;
      continue;
    }
    if (isCap(ts, i) && startsAt(doc, i) & START_NUMBER_WORD && !gazetteBefore(doc, i)) {
      const num = parseNumber(doc, i + 1);
      if (!num) continue;
      // A heading "NOMOR 9 TAHUN 2024" under the instrument's name (a line or three above).
      if (isUpper(ts, i) && (ts.nl[i] as number) > 0 && !num.agenda) {
        let kind = 'other';
        let issuerFrom = i;
        for (let k = i - 1, lines = 0; k >= 0 && lines <= 3; k--) {
          lines += (ts.nl[k + 1] as number) > 0 ? 1 : 0;
          const hk = kindAt(doc, k);
          if (hk) {
            kind = kindFromIssuer(hk.phrase.generic, tok[k + hk.phrase.instrumentTokens]) ?? hk.phrase.kind;
            issuerFrom = k + hk.phrase.instrumentTokens;
            break;
          }
        }
        emit(i, num, kind, issuerFrom, i, `decree.heading.${kind}`, 0.8);
      } else if (num.agenda) {
        emit(i, num, 'other', i, i, 'decree.agenda-number', 0.75);
      }
      next = num.end;
    }
  }
  return out;
}
