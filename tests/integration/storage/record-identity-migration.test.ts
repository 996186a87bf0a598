import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/storage/database.ts';
import { migrations } from '../../../electron/backend/storage/migrations/index.ts';
import { createStore } from '../../../electron/backend/storage/store.ts';
import { createRecordsService } from '../../../electron/backend/records/records-service.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

/** A library as version 2 wrote it: scores and decrees keyed by their bare number, a clerk's merge by value. */
function populateVersion2(file: string): void {
  const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 2) });
  const at = '2025-01-01T00:00:00.000Z';
  const doc = db.prepare(`INSERT INTO documents (content_hash, original_name, mime, source_type, size, imported_at, clean_text)
                          VALUES (?, ?, 'text/plain', 'text', 1, ?, ?)`);
  const a = Number(doc.run('a'.repeat(64), 'a.txt', at, 'Kabupaten Musi Banyuasin 93,31. Kota Kediri 4,52.').lastInsertRowid);
  const b = Number(doc.run('b'.repeat(64), 'b.txt', at, 'Nilai 93,31 dan 4,5.').lastInsertRowid);
  const entity =
    db.prepare(`INSERT INTO entities (document_id, type, span_start, span_end, surface, normalized, attributes, confidence, rule_id, status, created_at, updated_at)
                             VALUES (?, ?, 0, 5, ?, ?, ?, 0.9, 'r', ?, ?, ?)`);
  entity.run(
    a,
    'score',
    '93,31',
    '93.31',
    JSON.stringify({ subject: 'Kabupaten Musi Banyuasin', index: 'Kepatuhan', year: 2024 }),
    'confirmed',
    at,
    at,
  );
  entity.run(b, 'score', '93,31', '93.31', JSON.stringify({ subject: null, index: null, year: null }), 'rejected', at, at);
  entity.run(a, 'score', '4,52', '4.52', JSON.stringify({ subject: 'Kota Kediri', index: 'IPP', year: 2024 }), 'confirmed', at, at);
  entity.run(b, 'score', '4,5', '4.5', JSON.stringify({ subject: null, index: 'IPP', year: 2024 }), 'edited', at, at);
  entity.run(a, 'decree', 'Perda 7/2020', '7/2020', JSON.stringify({ kind: 'perda', issuer: 'Kabupaten Jombang' }), 'confirmed', at, at);
  entity.run(a, 'region', 'Muba', '16.06', JSON.stringify({ level: 'regency' }), 'confirmed', at, at);
  // The clerk said 4.5 (a typo) is the 4.52 record.
  db.prepare("INSERT INTO record_merges (type, from_key, into_key, actor, created_at) VALUES ('score', '4.5', '4.52', 'Sari', ?)").run(at);
  expect(db.pragma('user_version', { simple: true })).toBe(2);
  db.close();
}

describe('migration 0004: record identity', () => {
  it('upgrades a populated library: every status kept, record keys filled, merges carried to the new keys', () => {
    const dir = tempDir();
    const file = join(dir, 'lontar.sqlite');
    populateVersion2(file);

    const db = openDatabase(file, { backupDir: join(dir, 'backups') });
    const rows = db.prepare('SELECT type, normalized, record_key AS recordKey, status FROM entities ORDER BY id').all();
    expect(rows).toEqual([
      { type: 'score', normalized: '93.31', recordKey: '93.31||Kepatuhan|2024', status: 'confirmed' },
      { type: 'score', normalized: '93.31', recordKey: '93.31|||', status: 'rejected' },
      { type: 'score', normalized: '4.52', recordKey: '4.52||IPP|2024', status: 'confirmed' },
      { type: 'score', normalized: '4.5', recordKey: '4.5||IPP|2024', status: 'edited' },
      { type: 'decree', normalized: '7/2020', recordKey: '7/2020|perda|kabupatenjombang', status: 'confirmed' },
      { type: 'region', normalized: '16.06', recordKey: '16.06', status: 'confirmed' },
    ]);
    const store = createStore(db);
    expect(store.records.merges()).toEqual([{ type: 'score', fromKey: '4.5||IPP|2024', intoKey: '4.52||IPP|2024' }]);

    // The records view still shows the clerk's merge as one record with two documents.
    const records = createRecordsService(
      store,
      () => undefined,
      () => new Date(),
      () => 'Sari',
    );
    const score = records.list({ type: 'score', limit: 10 }).find((r) => r.key === '4.52||IPP|2024');
    expect(score?.documents.map((d) => d.name).sort()).toEqual(['a.txt', 'b.txt']);
    expect(score?.label).toBe('4.52 · Kota Kediri · IPP 2024');
    // The document filter of a record uses the new key.
    expect(
      store.documents.list({ record: { type: 'score', keys: records.keysOf('score', '4.52||IPP|2024') }, limit: 10, offset: 0 }).total,
    ).toBe(2);
    db.close();
  });
});
