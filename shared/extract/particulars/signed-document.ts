import type { Judul } from './judul.ts';
import type { Line } from './lines.ts';
import { letterCount, nextFilled, upperShare } from './lines.ts';

/**
 * An instrument without the Judul of UU 12/2011 (a standard of service, a pedoman, a
 * pengumuman): a heading in capitals under the letterhead (kop), prose, and a Penutup that
 * establishes and signs it ("Ditetapkan di … pada tanggal …", the office, the name). It is an
 * instrument of kind "other" without a number; the caller confirms the Penutup is there.
 */
export interface SignedHeading {
  judul: Judul;
  /** The kop's units, innermost first ("Sekretariat Jenderal", "Kementerian X"). */
  kop: string[];
}

const ADDRESS = /^(JALAN|JL\.?|ALAMAT)\b|\b(\d{5}|KOTAK POS|TELEPON|TELP|FAKSIMILE|FAX|LAMAN|WEBSITE|SUREL|E-?MAIL)\b|www\./i;

export function findSignedHeading(lines: readonly Line[]): SignedHeading | null {
  const kop: string[] = [];
  let i = nextFilled(lines, 0);
  // The kop: capital lines naming the organisation, then its address lines.
  for (; i < lines.length && kop.length < 4; i = nextFilled(lines, i + 1)) {
    const t = lines[i]!.text;
    // The share of capitals first: it ends most documents' search at their first line, before the address pattern scans it.
    if (upperShare(t) < 0.8 || ADDRESS.test(t)) break;
    kop.push(t);
  }
  if (kop.length === 0) return null;
  while (i < lines.length && ADDRESS.test(lines[i]!.text)) i = nextFilled(lines, i + 1);
  // The heading: the next lines in capitals, of several words.
  const head = i;
  const parts: Line[] = [];
  for (; i < lines.length && parts.length < 3; i = nextFilled(lines, i + 1)) {
    const t = lines[i]!.text;
    if (upperShare(t) < 0.9 || letterCount(t) < 4 || ADDRESS.test(t)) break;
    parts.push(lines[i]!);
  }
  if (
    parts.length === 0 ||
    parts
      .map((p) => p.text)
      .join(' ')
      .split(/\s+/).length < 3
  )
    return null;
  const first = parts[0]!;
  const last = parts.at(-1)!;
  const value = parts
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    judul: {
      kind: { value: 'other', start: first.at, end: last.at + last.text.length, rule: 'signed.heading.kind', confidence: 0.6 },
      issuer: null,
      number: null,
      year: null,
      title: { value, start: first.at, end: last.at + last.text.length, rule: 'signed.heading', confidence: 0.7 },
      headingLine: head,
      nomorLine: head,
      endLine: i,
      glued: false,
    },
    kop: [...kop].reverse(),
  };
}
