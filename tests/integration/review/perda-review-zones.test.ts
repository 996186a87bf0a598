import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend/open-backend.ts';
import { COLLAPSE_ABOVE, documentZones, zoneIndexAt } from '../../../shared/review/zones.ts';
import { call } from '../../helpers/backend-calls.ts';
import { decreesDir } from '../../helpers/fixtures/paths.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

/*
 * Issue 11, items 1 and 2, on the real 127-page Perda of the shared corpus, imported through the
 * real backend (reader threads, extraction engine, SQLite) as the app and the CLI import it:
 * none of the false matches a clerk once rejected one by one is pending, and what is left
 * outside the collapsed table zones (the out-of-region tariff list) is at most 30 items. The
 * collapsed table is rejected in one step and brought back with one undo.
 */
const tempDir = useTempDirs();
const FILE = 'perda-banjarnegara-8-2025.pdf';

describe(`${FILE} in review`, () => {
  it('has no known false match, at most 30 pending items outside collapsed tables, and a table rejected and undone in one step', async () => {
    const backend = await openBackend({ dataDir: join(tempDir(), 'data') });
    try {
      const { jobId } = await call(backend, 'import.start', { sources: [{ path: join(decreesDir(), FILE) }], ocr: 'off' });
      const summary = await backend.importer.whenDone(jobId)!;
      expect(summary.failed).toEqual([]);
      const id = summary.imported[0]!.id;
      const doc = await call(backend, 'documents.get', { id });
      expect(doc.pages).toHaveLength(127);
      expect(doc.decreeRecord?.structure.some((s) => s.kind === 'lampiran')).toBe(true);

      const surface = (e: { start: number; end: number }) => doc.text.slice(e.start, e.end).replace(/\s+/g, ' ');
      const mentionsOf = (type: string, key: string) =>
        doc.entities.filter((e) => e.type === type && e.normalized === key).flatMap((e) => e.mentions.map(surface));
      expect(mentionsOf('region', '73.08')).toEqual([]); // "Bone open biopsy" is not Kabupaten Bone
      expect(mentionsOf('region', '52.72')).toEqual([]); // "Candi Bima" is not Kota Bima
      expect(mentionsOf('region', '33.13')).toEqual(['Kabupaten Karanganyar']); // the village is not the regency
      expect(mentionsOf('region', '35.77')).toEqual(['Kota Madiun']); // "Kabupaten Madiun" is filed under 35.19
      expect(mentionsOf('region', '35.19')).toEqual(['Kabupaten Madiun']);
      const officials = doc.entities.filter((e) => e.type === 'official').map((e) => e.normalized);
      for (const wrong of ['Sp Mata', 'Bayi Kepala', 'Bayi', 'Kepala Bayi', 'Degloving']) expect(officials).not.toContain(wrong);

      const zones = documentZones(doc.text, doc.decreeRecord!.structure, doc.skipped);
      const byZone = new Map<number, typeof doc.entities>();
      for (const e of doc.entities) byZone.set(zoneIndexAt(zones, e.start), [...(byZone.get(zoneIndexAt(zones, e.start)) ?? []), e]);
      const collapsedTables = [...byZone].filter(([z, es]) => zones[z]!.kind === 'table' && es.length > COLLAPSE_ABOVE);
      expect(collapsedTables.length).toBeGreaterThan(0);
      const hidden = new Set(collapsedTables.flatMap(([, es]) => es.map((e) => e.id)));
      const pendingOutside = doc.entities.filter((e) => e.status === 'pending' && !hidden.has(e.id));
      expect(pendingOutside.length).toBeLessThanOrEqual(30);
      // The tariff list is where the regions were: most of the document's regions sit in its table.
      expect([...hidden].length).toBeGreaterThan(100);

      const table = collapsedTables.sort((a, b) => b[1].length - a[1].length)[0]![1];
      const rejected = await call(backend, 'entities.bulkReview', {
        documentId: id,
        action: 'reject',
        ids: table.map((e) => e.id),
        scope: 'zone',
      });
      expect(rejected.entities).toHaveLength(table.length);
      expect(rejected.document.pendingCount).toBe(doc.entities.length - table.length);
      const undone = await call(backend, 'review.undo', { documentId: id });
      expect(undone.document.pendingCount).toBe(doc.entities.length);
      expect(undone.canUndo).toBe(false);
    } finally {
      await backend.close();
    }
  }, 180_000);
});
