import type { Attributes, EntityType } from '../types/entity.ts';

/** One finding of an extractor before mentions of the same record are grouped. */
export interface RawMention {
  type: EntityType;
  /** The normalised key (ENTITIES.md), e.g. "16.06", "Toha", "4.57". */
  key: string;
  start: number;
  end: number;
  text: string;
  /** Rule or list-entry id that produced it ("region.alias:alias.muba", "date.numeric"). */
  rule: string;
  confidence: number;
  attributes: Attributes;
  /**
   * Which record of its key this mention belongs to, where the key alone does not decide it
   * (scores, decrees: mention-identity.ts); mentions are grouped by type, key and identity.
   */
  identity?: string;
}
