import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import type { Backend } from '../../../electron/backend/backend.ts';
import { storeReread } from '../../../electron/backend/pipeline/store-reading.ts';
import { DATABASE_FILE, openDatabase } from '../../../electron/backend/storage/database.ts';
import { ENTITY_TYPE_BITS } from '../../../electron/backend/storage/migrations/0008-document-facets.ts';
import { migrations } from '../../../electron/backend/storage/migrations/index.ts';
import { createStore } from '../../../electron/backend/storage/store.ts';
import { call, importTexts } from '../../helpers/backend-calls.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';
import { recordFromReading } from '../../../electron/backend/decrees/record-from-reading.ts';
import { PARTICULAR_FIELDS } from '../../../shared/types/particulars.ts';
import type { Particulars } from '../../../shared/types/particulars.ts';

// Issue 14: the library's entity-type filter and its counts read a per-document summary of the
// types each document holds (migration 0007), kept by triggers on entities, and the counts walk
// one facet row per document (migration 0008), kept by triggers on documents, decree records and
// that summary. Whatever changes them must leave both equal to what the rows they sum up say.
const tempDir = useTempDirs();
const TEXT = 'Dinas Sosial Kabupaten Musi Banyuasin meraih nilai 4,52 pada 14 Maret 2025.';
const OTHER = 'Dinas Sosial membuka posko pengaduan bagi warga.';
const spanOf = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });

type Summary = Record<number, Record<string, number>>;

function rowsToSummary(rows: Array<{ document_id: number; type: string; n: number }>): Summary {
  const summary: Summary = {};
  for (const r of rows) (summary[r.document_id] ??= {})[r.type] = r.n;
  return summary;
}

/**
 * The summary as stored, and as counted from the entities themselves (what it must equal); the
 * facet rows must equal what the documents, decree records and entities say.
 */
function read(file: string): { stored: Summary; counted: Summary } {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    // Each document's facet row (migration 0008) must say what its row, its decree record and
    // its entities say, the type bits counted from the entities themselves.
    const bit = `CASE e.type ${Object.entries(ENTITY_TYPE_BITS)
      .map(([type, value]) => `WHEN '${type}' THEN ${value}`)
      .join(' ')} END`;
    expect(
      db.prepare('SELECT document_id, trashed, status, decree_kind, entity_types FROM document_facets ORDER BY document_id').all(),
    ).toEqual(
      db
        .prepare(
          `SELECT d.id AS document_id, d.deleted_at IS NOT NULL AS trashed, d.status, r.kind AS decree_kind,
                  coalesce((SELECT sum(${bit}) FROM (SELECT DISTINCT type FROM entities WHERE document_id = d.id AND status <> 'rejected') e), 0)
                    AS entity_types
             FROM documents d LEFT JOIN decree_records r ON r.document_id = d.id ORDER BY d.id`,
        )
        .all(),
    );
    const stored = db.prepare('SELECT document_id, type, n FROM document_entity_types ORDER BY document_id, type').all();
    const counted = db
      .prepare(
        `SELECT document_id, type, count(*) AS n FROM entities WHERE status <> 'rejected'
                GROUP BY document_id, type ORDER BY document_id, type`,
      )
      .all();
    return {
      stored: rowsToSummary(stored as Array<{ document_id: number; type: string; n: number }>),
      counted: rowsToSummary(counted as Array<{ document_id: number; type: string; n: number }>),
    };
  } finally {
    db.close();
  }
}

async function library(): Promise<{ backend: Backend; file: string; a: number; b: number }> {
  const dir = tempDir();
  const dataDir = join(dir, 'data');
  const backend = createBackend({ dataDir, version: 'test', parts: plainTextParts(), systemUser: 'tester' });
  const [a, b] = await importTexts(backend, dir, [TEXT, OTHER]);
  return { backend, file: join(dataDir, DATABASE_FILE), a: a!, b: b! };
}

describe('the per-document entity-type summary', () => {
  it('follows every review step, its undo and redo, and what the counts and filter show', async () => {
    const { backend, file, a, b } = await library();
    const summaryOf = () => {
      const { stored, counted } = read(file);
      expect(stored).toEqual(counted);
      return stored;
    };
    try {
      // The extractor found the organisation in both.
      expect(summaryOf()).toEqual({ [a]: { organization: 1 }, [b]: { organization: 1 } });

      const added = await call(backend, 'entities.add', {
        documentId: a,
        type: 'date',
        ...spanOf('14 Maret 2025'),
        normalized: '2025-03-14',
      });
      const date = added.entities[0]!;
      await call(backend, 'entities.add', { documentId: a, type: 'score', ...spanOf('4,52'), normalized: '4.52' });
      expect(summaryOf()[a]).toEqual({ organization: 1, date: 1, score: 1 });
      expect((await call(backend, 'documents.counts', {})).entityType).toEqual({ organization: 2, date: 1, score: 1 });
      expect((await call(backend, 'documents.list', { entityType: 'date' })).items.map((d) => d.id)).toEqual([a]);

      const organization = (await call(backend, 'documents.get', { id: a })).entities.find((e) => e.type === 'organization')!;
      await call(backend, 'entities.review', { id: organization.id, action: 'reject' });
      expect(summaryOf()[a]).toEqual({ date: 1, score: 1 });
      expect((await call(backend, 'documents.counts', {})).entityType).toEqual({ organization: 1, date: 1, score: 1 });
      await call(backend, 'entities.review', { id: organization.id, action: 'reset' });
      expect(summaryOf()[a]).toEqual({ organization: 1, date: 1, score: 1 });
      await call(backend, 'entities.review', { id: organization.id, action: 'accept' });
      await call(backend, 'entities.edit', { id: date.id, normalized: '2025-03-15' });
      expect(summaryOf()[a]).toEqual({ organization: 1, date: 1, score: 1 });

      // Undo the edit, the accept, the reset, the reject, then the two additions (which deletes them).
      for (let i = 0; i < 6; i++) await call(backend, 'review.undo', { documentId: a });
      expect(summaryOf()[a]).toEqual({ organization: 1 });
      expect((await call(backend, 'documents.list', { entityType: 'date' })).total).toBe(0);
      // Redo writes the deleted entities back with their ids.
      for (let i = 0; i < 3; i++) await call(backend, 'review.redo', { documentId: a });
      expect(summaryOf()[a]).toEqual({ date: 1, score: 1 });

      // A merge joins records, not entities: nothing here moves.
      await call(backend, 'records.merge', { type: 'organization', from: 'Dinas Sosial', into: 'Dinas Sosial Kabupaten' });
      summaryOf();

      // Redo the reset: the organisation is pending again, and a bulk rejection takes it out.
      await call(backend, 'review.redo', { documentId: a });
      expect(summaryOf()[a]).toEqual({ organization: 1, date: 1, score: 1 });
      const all = (await call(backend, 'documents.get', { id: a })).entities.map((e) => e.id);
      await call(backend, 'entities.bulkReview', { documentId: a, action: 'reject', ids: all, scope: 'all' });
      expect(summaryOf()[a]).toEqual({ date: 1, score: 1 });
    } finally {
      await backend.close();
    }
  });

  it('keeps a trashed document out of the counts and drops its rows when it is deleted for good', async () => {
    const { backend, file, a, b } = await library();
    try {
      await call(backend, 'documents.delete', { id: b });
      expect((await call(backend, 'documents.counts', {})).entityType).toEqual({ organization: 1 });
      expect((await call(backend, 'documents.counts', { trashed: true })).entityType).toEqual({ organization: 1 });
      expect(read(file).stored).toEqual({ [a]: { organization: 1 }, [b]: { organization: 1 } });
      await call(backend, 'trash.empty', {});
      expect(read(file)).toEqual({ stored: { [a]: { organization: 1 } }, counted: { [a]: { organization: 1 } } });
      expect((await call(backend, 'documents.counts', {})).entityType).toEqual({ organization: 1 });
      expect((await call(backend, 'documents.counts', { trashed: true })).entityType).toEqual({});
    } finally {
      await backend.close();
    }
  });

  it('follows a re-read: new pending entities counted, rejected ones still not', async () => {
    const { backend, file, a } = await library();
    try {
      const store = backend.store;
      const organization = store.entities.listByDocument(a)[0]!;
      await call(backend, 'entities.review', { id: organization.id, action: 'reject' });
      const before = store.documents.get(a)!;
      const jobId = store.importJobs.create(
        'force',
        'ind',
        [{ file: before.name, sourcePath: null, stagedId: null }],
        '2026-01-01T00:00:00Z',
      );
      const text = `${TEXT} Kabupaten Musi Banyuasin.`;
      const region = { start: TEXT.length + 1, end: text.length - 1 };
      storeReread(
        store,
        before,
        store.importJobs.items(jobId)[0]!,
        {
          hash: before.contentHash,
          size: text.length,
          fingerprint: null,
          document: { mime: 'text/plain', sourceType: 'text', text, title: null, language: 'id', pages: [] },
          extraction: {
            entities: [
              {
                type: 'region',
                normalized: '16.06',
                text: text.slice(region.start, region.end),
                ...region,
                attributes: {},
                confidence: 0.9,
                rule: 'test.region',
                mentions: [{ ...region, text: text.slice(region.start, region.end), rule: 'test.region', confidence: 0.9 }],
              },
            ],
            skipped: [],
            particulars: null,
            particulars_sources: {},
            structure: [],
          },
        },
        null,
        '2026-01-01T00:00:00Z',
      );
      const { stored, counted } = read(file);
      expect(stored).toEqual(counted);
      expect(stored[a]).toEqual({ region: 1 });
    } finally {
      await backend.close();
    }
  });

  it('is filled by the migration from the entities of a library at the schema before it', () => {
    const dir = tempDir();
    const file = join(dir, DATABASE_FILE);
    const previous = openDatabase(file, { migrations: migrations.filter((m) => m.version < 7) });
    const store = createStore(previous);
    const at = '2025-01-01T00:00:00.000Z';
    const entity = (type: 'region' | 'date' | 'official', start: number) => ({
      type,
      normalized: `${type}-${start}`,
      text: 'x',
      start,
      end: start + 1,
      attributes: {},
      confidence: 0.9,
      rule: 'test',
      mentions: [],
    });
    store.transaction(() => {
      for (let n = 1; n <= 3; n++) {
        const id = store.documents.insert(
          {
            contentHash: String(n).padStart(64, '0'),
            sourcePath: null,
            originalName: `${n}.txt`,
            mime: 'text/plain',
            sourceType: 'text',
            size: 10,
            importedAt: at,
            title: null,
            text: 'x'.repeat(10),
            language: 'id',
            skipped: [],
            fingerprint: null,
            nearDuplicateOf: null,
            nearDuplicateSimilarity: null,
          },
          [],
        );
        store.entities.insertExtracted(id, [entity('region', 0), entity('region', 2), entity('date', 4), entity('official', n)], at);
      }
    });
    // Rejected entities are not counted: document 2's date, and both regions of document 3.
    previous.exec(
      `UPDATE entities SET status = 'rejected' WHERE (document_id = 2 AND type = 'date') OR (document_id = 3 AND type = 'region')`,
    );
    // For the facet rows: one document confirmed, one in the trash, one a decree.
    previous.exec(`UPDATE documents SET status = 'confirmed' WHERE id = 1; UPDATE documents SET deleted_at = '${at}' WHERE id = 3`);
    const particulars = Object.fromEntries(PARTICULAR_FIELDS.map((field) => [field, null])) as unknown as Particulars;
    const reading = { particulars: { ...particulars, kind: 'perkada' as const }, particulars_sources: {}, structure: [] };
    store.decrees.put(recordFromReading(2, reading)!, at);
    previous.close();

    const db = openDatabase(file, { backupDir: join(dir, 'backups') });
    db.close();
    const { stored, counted } = read(file);
    expect(stored).toEqual({
      1: { region: 2, date: 1, official: 1 },
      2: { region: 2, official: 1 },
      3: { date: 1, official: 1 },
    });
    expect(stored).toEqual(counted);
    const facets = new BetterSqlite3(file, { readonly: true });
    expect(facets.prepare('SELECT * FROM document_facets ORDER BY document_id').all()).toEqual([
      {
        document_id: 1,
        trashed: 0,
        status: 'confirmed',
        decree_kind: null,
        entity_types: ENTITY_TYPE_BITS.region + ENTITY_TYPE_BITS.date + ENTITY_TYPE_BITS.official,
      },
      {
        document_id: 2,
        trashed: 0,
        status: 'new',
        decree_kind: 'perkada',
        entity_types: ENTITY_TYPE_BITS.region + ENTITY_TYPE_BITS.official,
      },
      { document_id: 3, trashed: 1, status: 'new', decree_kind: null, entity_types: ENTITY_TYPE_BITS.date + ENTITY_TYPE_BITS.official },
    ]);
    facets.close();
  });
});
