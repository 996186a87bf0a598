import type { StructureRange } from '../../types/particulars.ts';
import type { Line } from './lines.ts';
import { endOfLines } from './considerations.ts';

/**
 * The batang tubuh and what follows it: "Menetapkan", the diktum of a keputusan (KESATU,
 * KEDUA, …), the BAB and Pasal of a peraturan, the Penjelasan and each Lampiran. Labels are
 * read at line starts only, as the drafting rules place them; a "Pasal 5" cited inside a
 * sentence is not a Pasal.
 */
const DIKTUM_WORDS = [
  'KESATU',
  'PERTAMA',
  'KEDUA',
  'KETIGA',
  'KEEMPAT',
  'KELIMA',
  'KEENAM',
  'KETUJUH',
  'KEDELAPAN',
  'KESEMBILAN',
  'KESEPULUH',
  'KESEBELAS',
  'KEDUA BELAS',
  'KETIGA BELAS',
  'KEEMPAT BELAS',
  'KELIMA BELAS',
];
const DIKTUM = new RegExp(`^(${DIKTUM_WORDS.join('|')})\\b\\s{0,3}:?`);
const MENETAPKAN = /^(Menetapkan\s{0,3}:|MENETAPKAN\b)/;
const BAB = /^BAB\s{1,3}([IVXLC]{1,6})\b/;
const PASAL = /^Pasal\s{1,3}(\d{1,3}[A-Z]?)\s{0,3}$/;
const PENJELASAN = /^PENJELASAN\b/;
const LAMPIRAN = /^LAMPIRAN\b\s{0,3}([IVXLC]{1,5}\b)?/;

export interface BodyBounds {
  /** First line of the body (after the considerations). */
  from: number;
  /** The Penutup's first line (the body ends there), or lines.length. */
  penutupLine: number;
  /** Line after the signature block and promulgation. */
  afterPenutup: number;
}

export function readBody(lines: readonly Line[], bounds: BodyBounds): StructureRange[] {
  const out: StructureRange[] = [];
  const { from, penutupLine, afterPenutup } = bounds;
  // Menetapkan: to the first diktum, BAB or Pasal.
  const marks: { kind: 'diktum' | 'bab' | 'pasal'; label: string; line: number }[] = [];
  let menetapkan = -1;
  for (let i = from; i < penutupLine; i++) {
    const t = lines[i]!.text;
    if (menetapkan < 0 && MENETAPKAN.test(t)) menetapkan = i;
    const d = DIKTUM.exec(t);
    if (d) marks.push({ kind: 'diktum', label: d[1]!, line: i });
    const b = BAB.exec(t);
    if (b) marks.push({ kind: 'bab', label: `BAB ${b[1]}`, line: i });
    const p = PASAL.exec(t);
    if (p) marks.push({ kind: 'pasal', label: `Pasal ${p[1]}`, line: i });
  }
  if (menetapkan >= 0) {
    const next = marks.find((m) => m.line > menetapkan)?.line ?? penutupLine;
    out.push({ kind: 'menetapkan', label: null, start: lines[menetapkan]!.at, end: endOfLines(lines, menetapkan, next) });
  }
  marks.forEach((m, n) => {
    // A diktum or Pasal runs to the next of its kind (or a BAB); a BAB to the next BAB.
    let stop = penutupLine;
    for (let k = n + 1; k < marks.length; k++) {
      const other = marks[k]!;
      if (other.kind === m.kind || (m.kind === 'pasal' && other.kind === 'bab') || (m.kind === 'diktum' && other.kind !== 'diktum')) {
        stop = other.line;
        break;
      }
    }
    out.push({ kind: m.kind, label: m.label, start: lines[m.line]!.at, end: endOfLines(lines, m.line, stop) });
  });
  // Penjelasan and Lampiran after the Penutup.
  const tails: { kind: 'penjelasan' | 'lampiran'; label: string | null; line: number }[] = [];
  for (let i = afterPenutup; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (PENJELASAN.test(t)) tails.push({ kind: 'penjelasan', label: null, line: i });
    const l = LAMPIRAN.exec(t);
    if (l && !tails.some((x) => x.kind === 'lampiran' && x.line >= i - 3))
      tails.push({ kind: 'lampiran', label: l[1] ? `LAMPIRAN ${l[1]}` : 'LAMPIRAN', line: i });
  }
  const firstOfKind = tails.filter((t, n) => t.kind === 'lampiran' || tails.findIndex((x) => x.kind === t.kind) === n);
  firstOfKind.forEach((t, n) => {
    const stop = n + 1 < firstOfKind.length ? firstOfKind[n + 1]!.line : lines.length;
    out.push({ kind: t.kind, label: t.label, start: lines[t.line]!.at, end: endOfLines(lines, t.line, stop) });
  });
  return out;
}
