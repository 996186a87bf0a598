import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import { createNearDuplicateThread } from '../../../electron/backend/import/near-duplicate-thread.ts';
import { createNearDuplicateDetector, FINGERPRINT_CHUNK, similarInLibrary } from '../../../electron/backend/pipeline/near-duplicates.ts';
import type { NearDuplicateDetector } from '../../../electron/backend/pipeline/near-duplicates.ts';
import { generateArticle } from '../../bench/generated-articles.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const threads: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const t of threads.splice(0)) await t.close();
});
const thread = () => {
  const detector = createNearDuplicateThread();
  threads.push(detector);
  return detector;
};

/** The same release as another outlet prints it: its own dateline and chrome, a sentence changed. */
const otherOutlet = (text: string) => `PALEMBANG, KORANLAIN.ID – ${text.replace('. ', ', katanya. ')}\nBaca Juga: Berita lain hari ini`;

describe('near-duplicate detection on its own thread', () => {
  it('flags the same documents with the same similarity as the detector on the calling thread, and forgets trashed ones', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => generateArticle(500 + i).text);
    const rows = (detector: NearDuplicateDetector) => texts.map((text, i) => ({ id: i + 1, fingerprint: detector.fingerprint(text) }));
    const here = createNearDuplicateDetector();
    const there = thread();
    here.add(rows(here));
    there.add(rows(there));
    expect(there.knownThrough()).toBe(12);

    const queries = [otherOutlet(texts[3]!), otherOutlet(texts[11]!), generateArticle(9_999).text, `Editor: Redaksi\n${texts[0]}`];
    for (const query of queries) {
      const fingerprint = here.fingerprint(query);
      expect(there.fingerprint(query)).toBe(fingerprint);
      expect(await there.findSimilar(fingerprint)).toEqual(here.findSimilar(fingerprint));
    }
    expect(await there.findSimilar(here.fingerprint(otherOutlet(texts[3]!)))).toEqual({ id: 4, similarity: expect.any(Number) });
    expect(await there.findSimilar(here.fingerprint(generateArticle(9_999).text))).toBeNull();

    here.forget(4);
    there.forget(4);
    const again = here.fingerprint(otherOutlet(texts[3]!));
    expect(await there.findSimilar(again)).toEqual(here.findSimilar(again));
    expect(await there.findSimilar(again)).toBeNull();
  });

  it('catches up with a large library a chunk at a time, and finds a match past the first chunk', async () => {
    const backend = createBackend({ dataDir: join(tempDir(), 'data'), version: 'test', parts: plainTextParts(), systemUser: 'tester' });
    const detector = thread();
    const count = FINGERPRINT_CHUNK + 500;
    const target = FINGERPRINT_CHUNK + 321;
    const targetText = generateArticle(target).text;
    backend.store.transaction(() => {
      for (let id = 1; id <= count; id++) {
        const text = id === target ? targetText : `Dokumen ${id}`;
        backend.store.documents.insert(
          {
            contentHash: id.toString(16).padStart(64, '0'),
            sourcePath: null,
            originalName: `dokumen-${id}.txt`,
            mime: 'text/plain',
            sourceType: 'text',
            size: text.length,
            importedAt: '2026-01-01T00:00:00.000Z',
            title: null,
            text,
            language: 'id',
            skipped: [],
            // One real article among placeholders of the same fingerprint: only the article can match.
            fingerprint: detector.fingerprint(id === target ? targetText : generateArticle(1).text.slice(0, 40 + (id % 7))),
            nearDuplicateOf: null,
            nearDuplicateSimilarity: null,
          },
          [],
        );
      }
    });
    const handedOver: number[] = [];
    const watched: NearDuplicateDetector = { ...detector, add: (rows) => (handedOver.push(rows.length), detector.add(rows)) };
    const findSimilar = similarInLibrary(backend.store.documents, watched);

    const similar = await findSimilar(detector.fingerprint(otherOutlet(targetText)));
    expect(similar).toEqual({ id: target, similarity: expect.any(Number) });
    expect(similar!.similarity).toBeGreaterThanOrEqual(0.5);
    expect(handedOver.every((n) => n <= FINGERPRINT_CHUNK)).toBe(true);
    expect(handedOver.reduce((a, b) => a + b, 0)).toBe(count);

    // Trashed since: forgotten, and not found again; nothing is read twice.
    backend.store.documents.trash(target, '2026-01-02T00:00:00.000Z');
    expect(await findSimilar(detector.fingerprint(otherOutlet(targetText)))).toBeNull();
    expect(handedOver.reduce((a, b) => a + b, 0)).toBe(count);
    await backend.close();
  });
});
