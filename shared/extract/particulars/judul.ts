import type { DecreeKind } from '../../types/particulars.ts';
import type { Found, Line } from './lines.ts';
import { letterCount, nextFilled, upperShare } from './lines.ts';
import { HEADING_START, issuerOfHeading, kindOfHeading, unglueHeading } from './heading-kind.ts';
import { readNumber } from './decree-number.ts';
import type { ReadNumber } from './decree-number.ts';

/**
 * The Judul (UU 12/2011, Lampiran II, C.1): the kind and issuer in capitals, "NOMOR …", "TAHUN
 * …", "TENTANG" and the title, also after a covering letter or a "SALINAN" stamp. A news article
 * that quotes a decree has no such block: the heading, its NOMOR line and TENTANG each stand on
 * their own lines, in capitals.
 */
export interface Judul {
  kind: Found<DecreeKind>;
  /** The office the Judul names after the instrument ("BUPATI PINRANG"), as written. */
  issuer: Found<string> | null;
  number: ReadNumber | null;
  year: Found<number> | null;
  /** The title lines as written (capitals), joined. */
  title: Found<string> | null;
  /** Line indexes: the heading's first line, the NOMOR line, and the first line after the title. */
  headingLine: number;
  nomorLine: number;
  endLine: number;
  /** The heading was glued into one word by OCR and parted again. */
  glued: boolean;
}

const NOMOR_LINE = /^N\s?[O0]\s?M\s?[O0Q]\s?R\b\.?\s{0,3}:?\s{0,3}(.*)$/i;
const TENTANG_LINE = /^T\s?E\s?N\s?T\s?A\s?N\s?G\b\s{0,3}:?\s{0,3}(.*)$/;
/** Lines that end a title: the Pembukaan, the Menimbang/Mengingat labels with their text, prose. */
const TITLE_END = /^(DENGAN\s+RAHMAT|Menimbang|Mengingat|Memperhatikan|MEMUTUSKAN|Dalam rangka|bahwa|Yth|Kepada)/i;
const OFFICE_LINE = /^(BUPATI|WALI\s?KOTA|WALIKOTA|GUBERNUR|MENTERI|PRESIDEN|KEPALA|KETUA|INSPEKTUR|DIREKTUR|REKTOR|PIMPINAN)\b/;
const LONE_LABEL = /^(Menimbang|Mengingat|Memperhatikan)\s{0,3}:?$/i;

export function isHeadingLine(text: string): boolean {
  // Cheap tests first: every line of every document passes here.
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90) && text.length > 0 && /^[a-z]/.test(text)) return false;
  // Up to three leading characters other than A–Z are dropped, then four capitals must follow
  // (read by codes: no copy of every line).
  let k = 0;
  while (k < 3 && k < text.length && !isCapitalCode(text.charCodeAt(k))) k++;
  for (let q = k; q < k + 4; q++) if (!isCapitalCode(text.charCodeAt(q))) return false;
  if (!mayOpenHeading(text, k)) return false;
  const bare = k > 0 ? text.slice(k) : text;
  return HEADING_START.test(unglueHeading(bare)) && upperShare(text) >= 0.8;
}

/** First letters of HEADING_START's words (SALINAN, SURAT, KEPUTUSAN, PERATURAN, EDARAN, UNDANG, INSTRUKSI, KETETAPAN). */
const HEADING_FIRST = new Set([83, 75, 80, 69, 85, 73]);

/**
 * Whether the capitals at k can open a heading once unglued: they begin with the first letter of
 * a heading word, or form the one word unglueHeading() may restore (8 to 10 capitals before a
 * space or the end, any letter of them slipped). A dateline ("PALU, …") fails here without a copy.
 */
function mayOpenHeading(text: string, k: number): boolean {
  if (HEADING_FIRST.has(text.charCodeAt(k))) return true;
  let e = k;
  while (e < text.length && isCapitalCode(text.charCodeAt(e))) e++;
  return e - k >= 8 && e - k <= 10 && (e === text.length || /\s/.test(text[e] as string));
}

function isCapitalCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The Judul of the document, or null when it has none (not an instrument). */
export function findJudul(lines: readonly Line[]): Judul | null {
  for (let h = 0; h < lines.length; h++) {
    const head = lines[h]!;
    if (!isHeadingLine(head.text)) continue;
    // Issuer lines in capitals, then NOMOR within a few lines.
    let n = nextFilled(lines, h + 1);
    const issuerLines: Line[] = [];
    while (n < lines.length && n - h <= 8 && !NOMOR_LINE.test(lines[n]!.text) && issuerLines.length < 4) {
      const t = lines[n]!.text;
      if (upperShare(t) < 0.8 || TENTANG_LINE.test(t)) break;
      issuerLines.push(lines[n]!);
      n = nextFilled(lines, n + 1);
    }
    const nomor = n < lines.length ? NOMOR_LINE.exec(lines[n]!.text) : null;
    if (!nomor || !/^N/.test(lines[n]!.text)) continue;
    // TENTANG within a few lines of the NOMOR line (or at its end).
    let t = nextFilled(lines, n + 1);
    let tentangRest: string | null = null;
    let tentangLine = -1;
    const inline = /\bTENTANG\b\s{0,3}(.*)$/.exec(lines[n]!.text);
    if (inline) {
      tentangLine = n;
      tentangRest = inline[1] ?? '';
    } else {
      for (let k = 0; k < 3 && t < lines.length; k++) {
        const m = TENTANG_LINE.exec(lines[t]!.text);
        if (m) {
          tentangLine = t;
          tentangRest = m[1] ?? '';
          break;
        }
        t = nextFilled(lines, t + 1);
      }
    }
    if (tentangLine < 0) continue;
    const headingText = [unglueHeading(head.text), ...issuerLines.map((l) => l.text)].join(' ');
    const kind = kindOfHeading(headingText);
    const issuerText = issuerOfHeading(headingText, kind);
    const lastHeading = issuerLines.at(-1) ?? head;
    const number = readNumber(lines, n, nomor[1] ?? '', 'judul.nomor');
    const title = readTitle(lines, tentangLine, tentangRest ?? '');
    return {
      kind: { value: kind, start: head.at, end: lastHeading.at + lastHeading.text.length, rule: 'judul.kind', confidence: 0.95 },
      issuer: issuerText
        ? {
            value: issuerText.replace(/[,.]$/, ''),
            start: head.at,
            end: lastHeading.at + lastHeading.text.length,
            rule: 'judul.issuer',
            confidence: 0.8,
          }
        : null,
      number: number?.number ? number : null,
      year: number?.year ?? null,
      title: title.found,
      headingLine: h,
      nomorLine: n,
      endLine: title.endLine,
      glued: unglueHeading(head.text) !== head.text,
    };
  }
  return null;
}

function readTitle(lines: readonly Line[], tentangLine: number, rest: string): { found: Found<string> | null; endLine: number } {
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  if (rest.trim()) {
    const line = lines[tentangLine]!;
    parts.push(rest.trim());
    start = line.at + line.text.length - rest.length;
    end = line.at + line.text.length;
  }
  let i = tentangLine + 1;
  let blanks = 0;
  for (; i < lines.length && parts.length < 8; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (text === '') {
      if (++blanks > 3) break;
      continue;
    }
    if (LONE_LABEL.test(text)) continue; // two-column scans put the labels between title lines
    if (TITLE_END.test(text) || upperShare(text) < 0.75) break;
    if (letterCount(text) <= 3 && !/\d{4}/.test(text)) continue; // scan noise ("Se", "i")
    // The office of the Pembukaan ("BUPATI DONGGALA,") ends the title.
    if (parts.length > 0 && OFFICE_LINE.test(text)) {
      // The Pembukaan's office ("BUPATI DONGGALA," or "MENTERI X / REPUBLIK INDONESIA,") ends the title.
      const next = lines[nextFilled(lines, i + 1)]?.text ?? '';
      if (/[,;]$/.test(text) || /[,;]$/.test(next) || TITLE_END.test(next) || LONE_LABEL.test(next)) break;
    }
    blanks = 0;
    parts.push(text);
    if (start < 0) start = line.at;
    end = line.at + text.length;
  }
  if (parts.length === 0) return { found: null, endLine: i };
  const value = parts
    .join(' ')
    .replace(/-\s+(?=\p{Lu})/gu, '-')
    .replace(/\s+/g, ' ')
    .trim();
  // (a single trailing stop: anchored on one character, linear)
  const title = /[.;]$/.test(value) ? value.slice(0, -1).trim() : value;
  return { found: { value: title, start, end, rule: 'judul.tentang', confidence: 0.9 }, endLine: i };
}
