import type { EntityType } from '../types/entity.ts';
import { titleCase } from '../extract/normalize/text-forms.ts';

/**
 * The key of an entity a clerk adds from a selection, cased like the extractor's keys
 * (ENTITIES.md): a person's name in title case ("AMALIA DESIANA" → "Amalia Desiana"), a
 * unit's name in title case with its abbreviations kept ("DINAS SOSIAL" → "Dinas Sosial",
 * "RSUD" stays). Mixed-case words are kept as written; other types are keyed by their own
 * formats (codes, dates, numbers) and are returned unchanged. A value the clerk typed is
 * theirs: this applies only to the selected text itself.
 */
export function keyFromSelection(type: EntityType, selected: string): string {
  const words = selected.normalize('NFC').split(/\s+/).filter(Boolean);
  if (type === 'official') return titleCase(words);
  if (type === 'organization') return titleCase(words, allUpper(words) ? false : true);
  return selected;
}

/** A unit written wholly in capitals ("DINAS SOSIAL"): title-case it all, it is not a row of abbreviations. */
function allUpper(words: string[]): boolean {
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  return letters.length > 5 && words.length > 1 && letters === letters.toUpperCase();
}
