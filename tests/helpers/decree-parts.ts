import type { DocumentParts } from '../../electron/backend/backend.ts';
import type { ExtractionResult } from '../../shared/types/entity.ts';
import type { FieldSource, Particulars, ParticularsSources } from '../../shared/types/particulars.ts';
import { plainTextParts } from './plain-text-parts.ts';

/**
 * A decree composed for tests from the drafting conventions of DECREES.md (Judul, Menimbang,
 * Mengingat, MEMUTUSKAN, diktum, Penutup). The issuer, names and numbers are invented.
 */
export function composedDecreeText(o: { number?: string; year?: number; title?: string; date?: string } = {}): string {
  const number = o.number ?? '188.45/0545/DISPUS/2025';
  const year = o.year ?? 2025;
  const title = o.title ?? 'PENETAPAN TAMAN BACAAN MASYARAKAT TELADAN KABUPATEN SUKAMAJU';
  return [
    'BUPATI SUKAMAJU',
    '',
    `KEPUTUSAN BUPATI SUKAMAJU`,
    `NOMOR ${number}`,
    `TAHUN ${year}`,
    '',
    'TENTANG',
    title,
    '',
    'DENGAN RAHMAT TUHAN YANG MAHA ESA',
    '',
    'BUPATI SUKAMAJU,',
    '',
    'Menimbang : a. bahwa taman bacaan masyarakat perlu didukung;',
    '            b. bahwa perlu menetapkan Keputusan Bupati;',
    'Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;',
    '            2. Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan;',
    '',
    'MEMUTUSKAN:',
    `Menetapkan : KEPUTUSAN BUPATI SUKAMAJU TENTANG ${title}.`,
    'KESATU : Menetapkan taman bacaan sebagaimana tercantum dalam Lampiran.',
    'KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
    '',
    'Ditetapkan di Sukamaju',
    `pada tanggal ${o.date ?? '3 November 2025'}`,
    '',
    'BUPATI SUKAMAJU,',
    '',
    'ttd',
    '',
    'RATNA DEWI LESTARI',
  ].join('\n');
}

/** The particulars a reader should find in composedDecreeText with the same options. */
export function composedParticulars(o: { number?: string; year?: number; title?: string; date?: string } = {}): Particulars {
  return {
    kind: 'kepkada',
    issuer: 'Bupati Sukamaju',
    number: o.number ?? '188.45/0545/DISPUS/2025',
    year: o.year ?? 2025,
    title: 'Penetapan Taman Bacaan Masyarakat Teladan Kabupaten Sukamaju',
    place_established: 'Sukamaju',
    date_established: o.date ?? '2025-11-03',
    date_promulgated: null,
    signatory: 'Ratna Dewi Lestari',
    signatory_role: 'Bupati Sukamaju',
    legal_basis: ['23/2014', '12/2011'],
  };
}

/** Sources pointing at where each value stands in `text` (its first occurrence, any case). */
function sourcesIn(text: string, particulars: Particulars, weak: readonly string[]): ParticularsSources {
  const sources: ParticularsSources = {};
  for (const [field, value] of Object.entries(particulars)) {
    if (value === null || Array.isArray(value)) continue;
    const needle = String(value).toUpperCase();
    const at = text.toUpperCase().indexOf(needle);
    if (at < 0) continue;
    const source: FieldSource = {
      start: at,
      end: at + needle.length,
      page: 1,
      box: { x: 10, y: 20, width: 200, height: 18 },
      confidence: 0.9,
      rule: `test.${field}`,
      weak: weak.includes(field),
    };
    sources[field as keyof ParticularsSources] = source;
  }
  return sources;
}

/**
 * Parts for decree-record tests: text files read as one-page scans (so re-OCR is allowed), and an
 * extractor that returns hand-built particulars for texts with a Judul. `reading` can be swapped
 * between calls to stand for what a second reading (re-OCR) finds.
 */
export function decreeParts() {
  const plain = plainTextParts();
  const control = {
    /** The particulars the "engine" reports for a text; null: not an instrument. */
    reading: (text: string): Particulars | null => (/^KEPUTUSAN BUPATI/m.test(text) ? composedParticulars() : null),
    weak: ['number'] as string[],
  };
  const parts: DocumentParts = {
    ...plain,
    async readDocument(input, options) {
      const read = await plain.readDocument(input, options);
      return {
        ...read,
        mime: 'application/pdf',
        sourceType: 'pdf',
        pages: [
          {
            pageNo: 1,
            text: read.text,
            start: 0,
            end: read.text.length,
            width: 1000,
            height: 1400,
            source: 'ocr',
            ocrConfidence: 0.9,
            words: [],
          },
        ],
      };
    },
    extract(text): ExtractionResult {
      const base = plain.extract(text) as ExtractionResult;
      const particulars = control.reading(text);
      if (!particulars) return base;
      return {
        ...base,
        particulars,
        particulars_sources: sourcesIn(text, particulars, control.weak),
        structure: [{ kind: 'judul', label: null, start: 0, end: Math.min(text.length, 80) }],
      };
    },
  };
  return { parts, control };
}
