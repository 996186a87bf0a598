import type { FieldSource, Particulars, ParticularField, StructureRange } from './particulars.ts';

/**
 * A decree record as the workbench keeps it: the particulars as read and reviewed, the clerk's
 * own fields for the exports (DECREES.md, Export 1 and 2), and the instrument's structure.
 */

/** A particular's review state: as read, accepted by the clerk, or corrected by her. */
export const FIELD_STATES = ['pending', 'accepted', 'edited'] as const;
export type FieldState = (typeof FIELD_STATES)[number];

export const RECORD_STATUSES = ['pending', 'confirmed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export type ParticularValue = Particulars[ParticularField];

export interface RecordField {
  value: ParticularValue;
  /** Where it was read (null when the clerk typed a value the engine never read). */
  source: FieldSource | null;
  state: FieldState;
}

/**
 * Fields only the clerk sets (the engine never reads them): the archive list's and the JDIHN feed's.
 * Null means "not set here": the export uses the default from settings, if any.
 */
export const CLERK_FIELDS = [
  'nomor_berkas',
  'kode_klasifikasi',
  'uraian_informasi_berkas',
  'kurun_waktu',
  'nomor_item',
  'tingkat_perkembangan',
  'keterangan',
  'subjek',
  'bidang_hukum',
  'status',
  'lokasi',
  'sumber',
] as const;
export type ClerkField = (typeof CLERK_FIELDS)[number];
export type ClerkFields = Record<ClerkField, string | null>;

/** Clerk fields whose default comes from settings (the same for every decree of the unit). */
export const DEFAULTED_CLERK_FIELDS = ['kode_klasifikasi', 'tingkat_perkembangan', 'bidang_hukum', 'status', 'lokasi'] as const;
export type DefaultedClerkField = (typeof DEFAULTED_CLERK_FIELDS)[number];

/** Clerk fields with a closed list of values. */
export const CLERK_FIELD_CHOICES: Partial<Record<ClerkField, readonly string[]>> = {
  status: ['Berlaku', 'Tidak Berlaku'],
  tingkat_perkembangan: ['asli', 'kopi'],
};

/** What the unit's settings give when a record leaves a field unset. */
export type DecreeDefaults = Record<DefaultedClerkField, string | null> & {
  /** The JDIH site's base URL: download and detail links are built from it (empty when unset). */
  jdih_base_url: string | null;
};

export const BUILT_IN_DEFAULTS: DecreeDefaults = {
  kode_klasifikasi: null,
  tingkat_perkembangan: 'asli',
  bidang_hukum: null,
  status: 'Berlaku',
  lokasi: null,
  jdih_base_url: null,
};

export interface DecreeRecord {
  documentId: number;
  fields: Record<ParticularField, RecordField>;
  clerk: ClerkFields;
  structure: StructureRange[];
  status: RecordStatus;
  /**
   * False when the latest reading of the document no longer finds an instrument (after re-OCR):
   * the record is kept because the clerk worked on it, and flagged for her to check.
   */
  instrument: boolean;
}

export const emptyClerkFields = (): ClerkFields => Object.fromEntries(CLERK_FIELDS.map((f) => [f, null])) as ClerkFields;

/** The value a record gives for a clerk field: its own, else the unit's default. */
export function clerkValue(record: DecreeRecord, field: ClerkField, defaults: DecreeDefaults): string | null {
  const own = record.clerk[field];
  if (own !== null) return own;
  return (defaults as Partial<Record<ClerkField, string | null>>)[field] ?? null;
}
