import {
  computeFingerprint,
  fingerprintFromHex,
  fingerprintSimilarity,
  fingerprintToHex,
  NEAR_DUPLICATE_THRESHOLD,
} from '../../../shared/text/fingerprint.ts';
import type { Fingerprint } from '../../../shared/text/fingerprint.ts';
import type { NearDuplicateDetector } from './import-job.ts';

/**
 * MinHash near-duplicate detection over the library. Stored fingerprints are parsed once and kept
 * in memory, so an import compares against thousands of documents without re-reading them.
 */
export function createNearDuplicateDetector(threshold = NEAR_DUPLICATE_THRESHOLD): NearDuplicateDetector {
  const parsed = new Map<number, Fingerprint>();
  return {
    fingerprint: (text) => fingerprintToHex(computeFingerprint(text)),
    findSimilar(hex, stored) {
      const candidate = fingerprintFromHex(hex);
      let best: { id: number; similarity: number } | null = null;
      for (const row of stored) {
        let fingerprint = parsed.get(row.id);
        if (!fingerprint) {
          try {
            fingerprint = fingerprintFromHex(row.fingerprint);
          } catch {
            continue; // a fingerprint from another format version: not comparable, not fatal
          }
          parsed.set(row.id, fingerprint);
        }
        const similarity = fingerprintSimilarity(candidate, fingerprint);
        if (similarity >= threshold && (!best || similarity > best.similarity)) best = { id: row.id, similarity };
      }
      return best;
    },
  };
}
