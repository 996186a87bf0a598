import type { Particulars, ParticularsSources, StructureRange } from './particulars.ts';

/** The six entity types of ENTITIES.md, in the order the UI and exports list them. */
export const ENTITY_TYPES = ['region', 'official', 'organization', 'score', 'date', 'decree'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_STATUSES = ['pending', 'confirmed', 'rejected', 'edited'] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];

/** JSON-safe attribute values (they are stored as JSON and validated at every boundary). */
export type AttributeValue = string | number | boolean | null | string[];
export type Attributes = Record<string, AttributeValue>;

/** One place in the clean text where a record is mentioned. Offsets are UTF-16 code units, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Id of the rule or gazetteer entry that found this mention. */
  rule: string;
  confidence: number;
}

/**
 * One record found in a document: all mentions of the same thing grouped under one
 * normalised key. `text`, `start`, `end` repeat the first mention for consumers that
 * want a single span.
 */
export interface ExtractedEntity {
  type: EntityType;
  normalized: string;
  text: string;
  start: number;
  end: number;
  attributes: Attributes;
  confidence: number;
  rule: string;
  mentions: Mention[];
}

/** A range of the clean text that is page furniture, not content (greyed out in the UI). */
export interface SkippedRange {
  start: number;
  end: number;
  reason: string;
}

export interface ExtractionResult {
  entities: ExtractedEntity[];
  skipped: SkippedRange[];
  /** A decree's particulars (DECREES.md); null when the document is not an instrument. */
  particulars: Particulars | null;
  /** Where each particular was read, keyed by field name. */
  particulars_sources: ParticularsSources;
  /** The instrument's parts (Judul, Menimbang items, …); empty for a non-instrument. */
  structure: StructureRange[];
}
