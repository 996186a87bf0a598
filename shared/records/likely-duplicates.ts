import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { EntityType } from '../types/entity.ts';

/** Types where one person or one unit is often written two ways; regions, dates, scores and decrees have exact keys. */
export const DUPLICATE_HINT_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['official', 'organization']);

/** Spellings this close are hinted ("Efendi" / "Effendi" ≈ 0.96; "Hendra" / "Hendri" ≈ 0.93 stays below). */
export const SPELLING_SIMILARITY = 0.94;

export interface DuplicateCandidate {
  key: string;
  label: string;
}

export interface DuplicateHint {
  key: string;
  label: string;
  similarity: number;
}

function words(value: string): string[] {
  return (
    value
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('id')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * How likely two keys of one type are one record, 0 when not at all. A name whose every word is
 * in the other, first word first ("Toha" in "Toha Tohet") counts: a clerk writes a short form of
 * a name. For a unit two words at least must be shared ("Dinas" alone is in every dinas). Else
 * the spellings must be close by Jaro-Winkler on the joined words ("Efendi" / "Effendi").
 */
export function duplicateSimilarity(type: EntityType, a: string, b: string): number {
  return similarityOfWords(type, words(a), words(b));
}

function similarityOfWords(type: EntityType, wa: readonly string[], wb: readonly string[]): number {
  if (wa.length === 0 || wb.length === 0) return 0;
  const joinedA = wa.join(' ');
  const joinedB = wb.join(' ');
  if (joinedA === joinedB) return 1;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const minShared = type === 'organization' ? 2 : 1;
  if (short.length >= minShared && short[0] === long[0] && short.every((w) => long.includes(w))) {
    // The more of the longer name the shorter one covers, the likelier.
    return 0.85 + 0.15 * (short.length / long.length);
  }
  // Close spellings of the same number of words only: "Ahmad Efendi" / "Ahmad Effendi".
  if (wa.length !== wb.length) return 0;
  const similarity = jaroWinkler(joinedA, joinedB);
  return similarity >= SPELLING_SIMILARITY ? similarity : 0;
}

/**
 * For each record, the others of its type that may be the same one. Only records whose first
 * words begin alike are compared (a spelling slip rarely hits the first two letters), which keeps
 * a library of thousands of records to a few comparisons each.
 */
export function likelyDuplicates(type: EntityType, records: readonly DuplicateCandidate[], perRecord = 3): Map<string, DuplicateHint[]> {
  const hints = new Map<string, DuplicateHint[]>();
  if (!DUPLICATE_HINT_TYPES.has(type)) return hints;
  const blocks = new Map<string, Array<DuplicateCandidate & { words: string[] }>>();
  for (const record of records) {
    const split = words(record.key);
    if (!split[0]) continue;
    const block = split[0].slice(0, 2);
    if (!blocks.has(block)) blocks.set(block, []);
    blocks.get(block)!.push({ ...record, words: split });
  }
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const a = block[i]!;
        const b = block[j]!;
        const similarity = similarityOfWords(type, a.words, b.words);
        if (similarity === 0) continue;
        add(hints, a.key, { key: b.key, label: b.label, similarity });
        add(hints, b.key, { key: a.key, label: a.label, similarity });
      }
    }
  }
  for (const [key, list] of hints)
    hints.set(key, list.sort((x, y) => y.similarity - x.similarity || x.key.localeCompare(y.key)).slice(0, perRecord));
  return hints;
}

function add(hints: Map<string, DuplicateHint[]>, key: string, hint: DuplicateHint): void {
  if (!hints.has(key)) hints.set(key, []);
  hints.get(key)!.push(hint);
}
