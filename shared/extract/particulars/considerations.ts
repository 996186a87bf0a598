import type { StructureRange } from '../../types/particulars.ts';
import type { DecreeMention } from '../extractors/decree.ts';
import type { Found, Line } from './lines.ts';
import { nextFilled } from './lines.ts';

/**
 * Menimbang (the "bahwa …" items), Mengingat (the instruments it rests on) and Memperhatikan.
 * Two-column scans often read the labels apart from their text ("Menimbang", "Mengingat", then
 * the items): the Mengingat list then starts with the first item after the last "bahwa" item.
 * Each Mengingat item counts its instrument and any amending one it names ("sebagaimana telah
 * diubah dengan …", "jo. …"); an instrument named only inside another's title ("tentang
 * Perubahan atas …") and gazette placements do not count.
 */
export interface Considerations {
  /** Null when the document has no Mengingat (a surat edaran's "Dasar" list is not one). */
  legalBasis: Found<string[]> | null;
  structure: StructureRange[];
}

const MENGINGAT = /^Mengingat\b\s{0,3}:?\s{0,3}(.*)$/i;
const MENIMBANG = /^Menimbang\b\s{0,3}:?\s{0,3}(.*)$/i;
const MEMPERHATIKAN = /^Memperhatikan\b/i;
// Case matters: "menetapkan Peraturan …" inside a Menimbang item is prose, "Menetapkan :" a part.
const SECTION_END =
  /^(M\s?E\s?M\s?U\s?T\s?U\s?S\s?K\s?A\s?N|Memperhatikan|MEMPERHATIKAN|Menetapkan\s{0,3}:|MENETAPKAN|Dengan\s+[Pp]ersetujuan|DENGAN\s+PERSETUJUAN)/;
const BAHWA = /^(?:[a-z]{1,2}\s{0,2}[.)]\s{0,3}|[.,]\s{0,2})?bahwa\b/i;
const ITEM_LABEL = /^(\d{1,2}|[a-z])\s{0,2}[.)]\s/;
/** Between two references: where a new item starts, and words that name an amendment. */
const ITEM_BREAK = /;|\n\s{0,40}\d{1,2}\s{0,2}[.,)]|\)\s{0,3}[,.:]\s{0,3}\n/;
const AMENDMENT = /diubah|\bjo\b|juncto|dicabut/gi;

function lastIndexOf(re: RegExp, s: string): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index;
  return last;
}

export function readConsiderations(
  lines: readonly Line[],
  text: string,
  fromLine: number,
  toLine: number,
  decrees: readonly DecreeMention[],
): Considerations {
  const structure: StructureRange[] = [];
  let end = fromLine;
  while (end < toLine && !SECTION_END.test(lines[end]!.text)) end++;
  // Labels may stand before the Judul in a two-column scan: look for them from the top.
  const hasMengingat = lines.slice(0, end).some((l) => MENGINGAT.test(l.text));
  const bahwaStarts: number[] = [];
  for (let i = fromLine; i < end; i++) if (BAHWA.test(lines[i]!.text.replace(MENIMBANG, '$1'))) bahwaStarts.push(i);

  let labelLine = -1;
  for (let i = fromLine; i < end; i++) if (MENGINGAT.test(lines[i]!.text)) labelLine = i;
  let start = -1;
  if (labelLine >= 0) {
    const rest = MENGINGAT.exec(lines[labelLine]!.text)![1] ?? '';
    const next = nextFilled(lines, labelLine + 1);
    const follows = rest.trim() ? rest : (lines[next]?.text ?? '');
    if (!BAHWA.test(follows) && !MENIMBANG.test(follows)) start = labelLine;
  }
  if (start < 0 && bahwaStarts.length > 0) {
    // After the last "bahwa" item ends (a line closing with ; , . or :).
    let k = bahwaStarts.at(-1)!;
    while (k < end && !/[;,.:]$/.test(lines[k]!.text)) k++;
    start = nextFilled(lines, k + 1);
  }
  const mengingatStartLine = start >= 0 ? start : end;

  // Menimbang items.
  const menimbangEnd = Math.min(mengingatStartLine, end);
  bahwaStarts
    .filter((b) => b < menimbangEnd)
    .forEach((b, n, all) => {
      const stop = n + 1 < all.length ? all[n + 1]! : menimbangEnd;
      const label = /^([a-z])\s{0,2}[.)]/i.exec(lines[b]!.text)?.[1] ?? String.fromCharCode(97 + n);
      structure.push({ kind: 'menimbang', label, start: lines[b]!.at, end: endOfLines(lines, b, stop) });
    });

  if (!hasMengingat || start < 0 || start >= end) {
    addMemperhatikan(lines, end, toLine, structure);
    return {
      legalBasis: hasMengingat
        ? { value: [], start: lines[end]?.at ?? 0, end: lines[end]?.at ?? 0, rule: 'mengingat.empty', confidence: 0.6 }
        : null,
      structure,
    };
  }
  const from = lines[start]!.at;
  const to = end < lines.length ? lines[end]!.at : text.length;
  const inSection = decrees.filter((d) => d.start >= from && d.end <= to).sort((a, b) => a.start - b.start);
  const keys: string[] = [];
  const itemStarts: number[] = [];
  let previousEnd = from;
  for (const d of inSection) {
    const gap = text.slice(previousEnd, d.start);
    const first = keys.length === 0 && itemStarts.length === 0;
    const newItem = first || ITEM_BREAK.test(gap);
    const amendment = lastIndexOf(AMENDMENT, gap);
    const counts = newItem || (amendment >= 0 && amendment > gap.toLowerCase().lastIndexOf('tentang'));
    if (newItem) itemStarts.push(d.start);
    const key = writtenKey(d);
    if (counts && !keys.includes(key)) keys.push(key);
    previousEnd = d.end;
  }
  // Mengingat items as ranges, from each item's first reference (its line) to the next item.
  itemStarts.forEach((s, n) => {
    const line = lines.findIndex((l) => l.start <= s && s <= l.end);
    const itemStart = line >= 0 ? lines[line]!.at : s;
    const label = line >= 0 ? (ITEM_LABEL.exec(lines[line]!.text)?.[1] ?? String(n + 1)) : String(n + 1);
    const stop = n + 1 < itemStarts.length ? lineStartOf(lines, itemStarts[n + 1]!) : to;
    structure.push({ kind: 'mengingat', label, start: itemStart, end: trimEnd(text, stop) });
  });
  addMemperhatikan(lines, end, toLine, structure);
  return { legalBasis: { value: keys, start: from, end: trimEnd(text, to), rule: 'mengingat.items', confidence: 0.85 }, structure };
}

/** The key with the number as written: an agenda number that writes "/TAHUN 2018" keeps it. */
function writtenKey(d: DecreeMention): string {
  const m = /\/\s{0,2}(TAHUN|Tahun)\s{1,3}(\d{4})$/.exec(d.text);
  return m ? `${d.key.slice(0, -4)}${m[1]} ${m[2]}` : d.key;
}

function addMemperhatikan(lines: readonly Line[], from: number, to: number, structure: StructureRange[]): void {
  for (let i = from; i < to; i++) {
    if (!MEMPERHATIKAN.test(lines[i]!.text)) continue;
    let j = i + 1;
    while (j < to && !SECTION_END.test(lines[j]!.text)) j++;
    structure.push({ kind: 'memperhatikan', label: null, start: lines[i]!.at, end: endOfLines(lines, i, j) });
    return;
  }
}

function lineStartOf(lines: readonly Line[], offset: number): number {
  const line = lines.find((l) => l.start <= offset && offset <= l.end);
  return line ? line.at : offset;
}

/** End of the text of lines [from, to): the last non-blank line's end. */
export function endOfLines(lines: readonly Line[], from: number, to: number): number {
  for (let k = Math.min(to, lines.length) - 1; k >= from; k--) if (lines[k]!.text) return lines[k]!.at + lines[k]!.text.length;
  return lines[from]?.at ?? 0;
}

function trimEnd(text: string, offset: number): number {
  let o = offset;
  while (o > 0 && /\s/.test(text[o - 1]!)) o--;
  return o;
}
