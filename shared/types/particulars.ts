/*
 * A decree's particulars (../shared/spec/DECREES.md): what a clerk registers from an instrument,
 * one record per decree. Field names are the spec's snake_case names, so `lontar extract --format
 * json` prints them as the eval script and the exports read them.
 */

/** The kinds of instrument (ENTITIES.md), in the order forms and filters list them. */
export const DECREE_KINDS = ['uu', 'pp', 'perpres', 'permen', 'kepmen', 'perda', 'perkada', 'kepkada', 'sk', 'se', 'other'] as const;
export type DecreeKind = (typeof DECREE_KINDS)[number];

/** The particulars' fields, in the order of DECREES.md (the form and the exports follow it). */
export const PARTICULAR_FIELDS = [
  'kind',
  'issuer',
  'number',
  'year',
  'title',
  'place_established',
  'date_established',
  'date_promulgated',
  'signatory',
  'signatory_role',
  'legal_basis',
] as const;
export type ParticularField = (typeof PARTICULAR_FIELDS)[number];

/** The record as read. Every field is null where the document does not show it, never a guess. */
export interface Particulars {
  kind: DecreeKind | null;
  issuer: string | null;
  /** Exactly as written after NOMOR: slashes, dots and letters kept. */
  number: string | null;
  year: number | null;
  /** The TENTANG part, title case as a clerk writes it. */
  title: string | null;
  place_established: string | null;
  /** ISO YYYY-MM-DD. */
  date_established: string | null;
  date_promulgated: string | null;
  /** Name without honorifics and degrees, as written. */
  signatory: string | null;
  /** The office signed as, with a.n./Plt./Pj. where shown. */
  signatory_role: string | null;
  /** Mengingat items as decree keys NUMBER/YEAR, in order; [] for a Mengingat with nothing numbered; null without one. */
  legal_basis: string[] | null;
}

/** A box on a page image, in the page's pixel space (as WordBox). */
export interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where one field was read: the clerk sees why and where, and weak readings stand out. */
export interface FieldSource {
  /** Span in the clean text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** 1-based page number for paged sources (PDF, image), else null. */
  page: number | null;
  /** The union of the span's word boxes on that page, else null. */
  box: PageBox | null;
  confidence: number;
  /** The rule that read it ("judul.nomor", "penutup.ditetapkan", …). */
  rule: string;
  /** Read from weak OCR words (low word confidence, a handwritten frame): the clerk should check it. */
  weak: boolean;
}

export type ParticularsSources = Partial<Record<ParticularField, FieldSource>>;

/** The parts of an instrument (UU 12/2011, Lampiran II) as ranges of the clean text. */
export const STRUCTURE_KINDS = [
  'covering_letter',
  'judul',
  'pembukaan',
  'menimbang',
  'mengingat',
  'memperhatikan',
  'menetapkan',
  'diktum',
  'bab',
  'pasal',
  'penutup',
  'pengundangan',
  'penjelasan',
  'lampiran',
] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

export interface StructureRange {
  kind: StructureKind;
  /** The item's label as written: "a", "1", "KESATU", "Pasal 3", "LAMPIRAN I"; null for whole sections. */
  label: string | null;
  start: number;
  end: number;
}

/** Everything the engine reads about an instrument; null particulars for a non-instrument. */
export interface DecreeReading {
  particulars: Particulars | null;
  particulars_sources: ParticularsSources;
  structure: StructureRange[];
}
