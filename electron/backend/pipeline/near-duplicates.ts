import {
  computeFingerprint,
  fingerprintFromHex,
  fingerprintSimilarity,
  fingerprintToHex,
  NEAR_DUPLICATE_THRESHOLD,
} from '../../../shared/text/fingerprint.ts';
import type { Fingerprint } from '../../../shared/text/fingerprint.ts';
import type { DocumentsRepository } from '../storage/repositories/documents-repository.ts';

/**
 * Near-duplicate detection over stored text fingerprints (the same press release in two outlets).
 * The detector keeps the library's fingerprints it was given; in the app it keeps and compares
 * them on a thread of its own (near-duplicate-thread.ts).
 */
export interface NearDuplicateDetector {
  fingerprint(text: string): string;
  /** Stored fingerprints of documents newer than `knownThrough()`, in id order. */
  add(rows: Array<{ id: number; fingerprint: string }>): void;
  /** A document trashed or purged since it was added: never a match again. */
  forget(id: number): void;
  /** The newest document id added (0 when none, or when the detector started afresh). */
  knownThrough(): number;
  /** The most similar document added, at or above the threshold, if any (the oldest of equals). */
  findSimilar(fingerprint: string): { id: number; similarity: number } | null | Promise<{ id: number; similarity: number } | null>;
}

export interface StoredFingerprint {
  id: number;
  fingerprint: string;
}

/**
 * The library's fingerprints, parsed once and kept in memory in the order they were added (the
 * library's order), so an import compares against thousands of documents without re-reading
 * them. Pure computation: it runs on the thread that owns it (a test's, or the near-duplicate
 * thread of near-duplicate-thread.ts, never the backend's in the app).
 */
export function createFingerprintIndex(threshold = NEAR_DUPLICATE_THRESHOLD) {
  const parsed = new Map<number, Fingerprint>();
  let knownThrough = 0;
  return {
    /** Rows newer than `knownThrough()`, in id order. */
    add(rows: readonly StoredFingerprint[]): void {
      for (const row of rows) {
        knownThrough = Math.max(knownThrough, row.id);
        try {
          parsed.set(row.id, fingerprintFromHex(row.fingerprint));
        } catch {
          // a fingerprint from another format version: not comparable, not fatal
        }
      }
    },
    forget(id: number): void {
      parsed.delete(id);
    },
    knownThrough: () => knownThrough,
    /** The most similar document at or above the threshold (the oldest of equals), or null. */
    findSimilar(hex: string): { id: number; similarity: number } | null {
      const candidate = fingerprintFromHex(hex);
      let best: { id: number; similarity: number } | null = null;
      for (const [id, fingerprint] of parsed) {
        const similarity = fingerprintSimilarity(candidate, fingerprint);
        if (similarity >= threshold && (!best || similarity > best.similarity)) best = { id, similarity };
      }
      return best;
    },
  };
}

export type FingerprintIndex = ReturnType<typeof createFingerprintIndex>;

/** MinHash near-duplicate detection on the calling thread (tests and test parts). */
export function createNearDuplicateDetector(threshold = NEAR_DUPLICATE_THRESHOLD): NearDuplicateDetector {
  const index = createFingerprintIndex(threshold);
  return {
    fingerprint: (text) => fingerprintToHex(computeFingerprint(text)),
    add: (rows) => index.add(rows),
    forget: (id) => index.forget(id),
    knownThrough: () => index.knownThrough(),
    findSimilar: (hex) => index.findSimilar(hex),
  };
}

/** Library fingerprints read per query when a detector catches up (about 1 KB each). */
export const FINGERPRINT_CHUNK = 2_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The most similar live document of the library, for a new document's fingerprint. The detector
 * is handed the fingerprints it lacks first, a chunk at a time with the event loop free between
 * chunks (a detector started afresh on a library of 100,000 catches up in 50 short reads); a
 * match trashed or purged since it was handed over is forgotten and the search made again.
 */
export function similarInLibrary(
  documents: Pick<DocumentsRepository, 'fingerprintsAfter' | 'status' | 'isTrashed'>,
  detector: NearDuplicateDetector,
): (fingerprint: string) => Promise<{ id: number; similarity: number } | null> {
  async function catchUp(): Promise<void> {
    for (;;) {
      const rows = documents.fingerprintsAfter(detector.knownThrough(), FINGERPRINT_CHUNK);
      detector.add(rows);
      if (rows.length < FINGERPRINT_CHUNK) return;
      await yieldToEventLoop();
    }
  }
  return async function findSimilar(fingerprint) {
    await catchUp();
    const similar = await detector.findSimilar(fingerprint);
    if (!similar || (documents.status(similar.id) !== undefined && !documents.isTrashed(similar.id))) return similar;
    detector.forget(similar.id);
    return findSimilar(fingerprint);
  };
}
