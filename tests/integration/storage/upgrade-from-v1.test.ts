import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/storage/database.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/backend/storage/migrations/index.ts';
import { createStore } from '../../../electron/backend/storage/store.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const at = '2024-11-05T08:00:00.000Z';

/**
 * A library as the first release left it: only migration 1's SQL, no ledger of applied
 * migrations, and rows written with version 1's columns (no trash, no undo state, no record keys).
 */
function populateVersion1(file: string): void {
  const db = new BetterSqlite3(file);
  db.exec(migrations[0]!.sql);
  db.pragma('user_version = 1');
  const doc =
    db.prepare(`INSERT INTO documents (content_hash, source_path, original_name, mime, source_type, size, imported_at, status, title, clean_text, language)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'id')`);
  doc.run(
    'a'.repeat(64),
    '/arsip/sk-bupati.pdf',
    'sk-bupati.pdf',
    'application/pdf',
    'pdf',
    2048,
    at,
    'confirmed',
    'Keputusan Bupati',
    'Keputusan Bupati Musi Banyuasin Nomor 12 Tahun 2023 ditetapkan 14 Maret 2023.',
  );
  doc.run(
    'b'.repeat(64),
    null,
    'berita.txt',
    'text/plain',
    'text',
    80,
    at,
    'in_review',
    null,
    'Dinas Sosial Kota Kediri meraih nilai 4,52 pada IPP 2024.',
  );
  db.prepare(
    `INSERT INTO pages (document_id, page_no, text, text_start, text_end, width, height, is_ocr, ocr_confidence, words)
              VALUES (1, 1, 'Keputusan Bupati', 0, 16, 595, 842, 1, 0.91, '[{"text":"Keputusan","start":0,"end":9}]')`,
  ).run();
  const entity =
    db.prepare(`INSERT INTO entities (document_id, type, span_start, span_end, surface, normalized, attributes, mentions, confidence, rule_id, status, origin, created_at, updated_at)
                             VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?)`);
  entity.run(
    1,
    'region',
    17,
    31,
    'Musi Banyuasin',
    '16.06',
    '{"level":"regency","name":"Kabupaten Musi Banyuasin"}',
    0.95,
    'region.gazetteer',
    'confirmed',
    'extractor',
    at,
    at,
  );
  entity.run(
    1,
    'date',
    62,
    75,
    '14 Maret 2023',
    '2023-03-14',
    '{"weekday":null,"time":null}',
    0.95,
    'date.textual',
    'edited',
    'extractor',
    at,
    at,
  );
  entity.run(
    2,
    'score',
    40,
    44,
    '4,52',
    '4.52',
    '{"subject":"Kota Kediri","index":"IPP","year":2024}',
    0.9,
    'score.value',
    'rejected',
    'extractor',
    at,
    at,
  );
  entity.run(2, 'organization', 0, 12, 'Dinas Sosial', 'Dinas Sosial', '{}', 1, 'clerk', 'confirmed', 'clerk', at, at);
  const decision = db.prepare(
    'INSERT INTO review_events (entity_id, document_id, action, before, after, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  decision.run(1, 1, 'accept', '{"status":"pending"}', '{"status":"confirmed"}', 'Sari', at);
  decision.run(2, 1, 'edit', '{"normalized":"2023-03-15"}', '{"normalized":"2023-03-14"}', 'Sari', at);
  decision.run(3, 2, 'reject', '{"status":"pending"}', '{"status":"rejected"}', 'Budi', at);
  db.prepare("INSERT INTO import_jobs (status, ocr_mode, lang, created_at, finished_at) VALUES ('done', 'auto', 'ind+eng', ?, ?)").run(
    at,
    at,
  );
  db.prepare(
    "INSERT INTO import_job_items (job_id, position, file, source_path, status, document_id, content_hash, finished_at) VALUES (1, 0, 'sk-bupati.pdf', '/arsip/sk-bupati.pdf', 'imported', 1, ?, ?)",
  ).run('a'.repeat(64), at);
  db.prepare("INSERT INTO settings (key, value) VALUES ('clerk.name', 'Sari')").run();
  db.close();
}

describe('upgrading a version-1 library to the latest schema', () => {
  it('keeps every document, page, entity, decision, job and setting, and they read as before', () => {
    const dir = tempDir();
    const file = join(dir, 'lontar.sqlite');
    populateVersion1(file);

    const db = openDatabase(file, { backupDir: join(dir, 'backups'), clock: () => new Date('2026-01-01T00:00:00Z') });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    // The version-1 library was backed up before anything changed.
    expect(readdirSync(join(dir, 'backups'))).toEqual([expect.stringMatching(/^lontar-schema1-/)]);
    // Migration 1 ran before the ledger existed: recorded without a time; the rest with the upgrade's.
    expect(db.prepare('SELECT version, name, applied_at AS at FROM schema_migrations ORDER BY version').all()).toEqual(
      migrations.map((m) => ({ version: m.version, name: m.name, at: m.version === 1 ? null : '2026-01-01T00:00:00.000Z' })),
    );

    const store = createStore(db);
    const list = store.documents.list({ limit: 10, offset: 0 });
    expect(list.total).toBe(2);
    expect(store.documents.get(1)).toMatchObject({
      name: 'sk-bupati.pdf',
      sourcePath: '/arsip/sk-bupati.pdf',
      status: 'confirmed',
      title: 'Keputusan Bupati',
      sourceType: 'pdf',
    });
    expect(store.documents.get(2)).toMatchObject({ name: 'berita.txt', status: 'in_review' });
    expect(store.documents.pageWords(1, 1)).toBe('[{"text":"Keputusan","start":0,"end":9}]');
    // Full-text search still finds the old rows.
    expect(store.documents.list({ query: 'banyuasin', limit: 10, offset: 0 }).items.map((d) => d.id)).toEqual([1]);

    const entities = [...store.entities.listByDocument(1), ...store.entities.listByDocument(2)].map((e) => ({
      type: e.type,
      normalized: e.normalized,
      status: e.status,
      origin: e.origin,
      attributes: e.attributes,
    }));
    expect(entities).toEqual(
      expect.arrayContaining([
        {
          type: 'region',
          normalized: '16.06',
          status: 'confirmed',
          origin: 'extractor',
          attributes: { level: 'regency', name: 'Kabupaten Musi Banyuasin' },
        },
        { type: 'date', normalized: '2023-03-14', status: 'edited', origin: 'extractor', attributes: { weekday: null, time: null } },
        {
          type: 'score',
          normalized: '4.52',
          status: 'rejected',
          origin: 'extractor',
          attributes: { subject: 'Kota Kediri', index: 'IPP', year: 2024 },
        },
        { type: 'organization', normalized: 'Dinas Sosial', status: 'confirmed', origin: 'clerk', attributes: {} },
      ]),
    );
    expect(entities).toHaveLength(4);
    // Migration 4 gave every entity its record key.
    expect(db.prepare("SELECT count(*) FROM entities WHERE record_key = ''").pluck().get()).toBe(0);

    // The clerk's decisions are all there, as audit entries (version 1 had no undo).
    expect(store.reviewEvents.history(1).map((e) => [e.action, e.actor])).toEqual([
      ['accept', 'Sari'],
      ['edit', 'Sari'],
    ]);
    expect(store.reviewEvents.history(2).map((e) => [e.action, e.actor])).toEqual([['reject', 'Budi']]);
    expect(store.reviewEvents.lastUndoableBatch(1)).toBeUndefined();

    expect(store.settings.get('clerk.name')).toBe('Sari');
    expect(db.prepare('SELECT status, file, document_id AS documentId FROM import_job_items').all()).toEqual([
      { status: 'imported', file: 'sk-bupati.pdf', documentId: 1 },
    ]);
    // Nothing in the trash, no merges, no decree records invented.
    expect(store.documents.list({ trashed: true, limit: 10, offset: 0 }).total).toBe(0);
    expect(store.records.merges()).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM decree_records').pluck().get()).toBe(0);
    db.close();

    // Opening it again changes nothing and needs no backup.
    openDatabase(file, { backupDir: join(dir, 'backups') }).close();
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
  });
});
