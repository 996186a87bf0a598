import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import { openDatabase } from '../../../electron/backend/storage/database.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/backend/storage/migrations/index.ts';
import { composedDecreeText, composedParticulars, decreeParts } from '../../helpers/decree-parts.ts';
import { call, importTexts } from '../../helpers/backend-calls.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

describe('the library and its decrees', () => {
  it('finds a decree by its number as written and by words of its title; filters by kind, issuer and year; sorts by date', async () => {
    const dir = tempDir();
    const { parts, control } = decreeParts();
    // Each text's own particulars: the "engine" reads the number and date it was composed with.
    const specs = [
      { number: '188.45/0545/DISPUS/2025', year: 2025, date: '2025-11-03' },
      { number: '188.45/0112/BPKAD/2024', year: 2024, date: '2024-02-10' },
    ];
    control.reading = (text) => {
      const spec = specs.find((s) => text.includes(s.number));
      return spec ? composedParticulars(spec) : null;
    };
    const backend = createBackend({ dataDir: join(dir, 'data'), version: 'test', parts, systemUser: 'sistem' });
    const [newer, older, news] = await importTexts(backend, dir, [
      composedDecreeText(specs[0]),
      composedDecreeText(specs[1]),
      'Nomor antrean 188 dan 45 orang; 0545 tidak terkait.',
    ]);
    const ids = async (args: Parameters<typeof call<'documents.list'>>[2]) =>
      (await call(backend, 'documents.list', args)).items.map((d) => d.id);

    expect(await ids({ query: '188.45/0545' })).toEqual([newer]);
    expect(await ids({ query: '188.45/0545/DISPUS/2025' })).toEqual([newer]);
    expect(await ids({ query: 'BPKAD' })).toEqual([older]);
    expect((await ids({ query: 'taman bacaan teladan' })).sort()).toEqual([newer!, older!].sort());
    // The three numbers apart in another text are not the decree number.
    expect(await ids({ query: '188.45/0545' })).not.toContain(news);

    expect(await ids({ year: 2024 })).toEqual([older]);
    expect((await ids({ decreeKind: 'kepkada' })).sort()).toEqual([newer!, older!].sort());
    expect(await ids({ decreeKind: 'perda' })).toEqual([]);
    expect((await ids({ issuer: 'bupati sukamaju' })).length).toBe(2);
    expect(await ids({ sort: 'date_established' })).toEqual([older, newer, news]);
    expect(await ids({ sort: 'date_established', descending: true })).toEqual([newer, older, news]);
    const listed = (await call(backend, 'documents.list', { sort: 'number' })).items;
    expect(listed[0]!.decree).toMatchObject({
      number: '188.45/0112/BPKAD/2024',
      kind: 'kepkada',
      title: expect.stringMatching(/Taman Bacaan/),
    });
    expect(listed[2]!.decree).toBeNull();
    await backend.close();
  });

  it('migrates a library written at schema 2 without losing anything', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    // A schema-2 library with a document, a confirmed entity, its audit trail, a merge and a setting.
    const raw = new BetterSqlite3(join(dataDir, 'lontar.sqlite'));
    for (const m of migrations.slice(0, 2)) raw.exec(m.sql);
    raw.pragma('user_version = 2');
    raw
      .prepare(
        `INSERT INTO documents (id, content_hash, original_name, mime, source_type, size, imported_at, status, title, clean_text)
                 VALUES (1, ?, 'Dokumen-20260122074351.pdf', 'application/pdf', 'pdf', 10, '2026-01-22T07:43:51Z', 'in_review', NULL, ?)`,
      )
      .run('b'.repeat(64), 'Dinas Sosial Kabupaten Sukamaju');
    raw
      .prepare(
        `INSERT INTO entities (document_id, type, span_start, span_end, surface, normalized, confidence, rule_id, status, created_at, updated_at)
                 VALUES (1, 'organization', 0, 12, 'Dinas Sosial', 'Dinas Sosial', 0.9, 'r', 'confirmed', 'x', 'x')`,
      )
      .run();
    raw
      .prepare(
        `INSERT INTO review_events (entity_id, document_id, action, before, after, actor, at, batch, undo_state)
                 VALUES (1, 1, 'entity.accept', '{}', '{}', 'sistem', 'x', 'b1', 'done')`,
      )
      .run();
    raw.prepare(`INSERT INTO record_merges VALUES ('organization', 'Dinsos', 'Dinas Sosial', 'sistem', 'x')`).run();
    raw.prepare(`INSERT INTO settings VALUES ('clerk.name', 'Sari')`).run();
    raw.close();

    const db = openDatabase(join(dataDir, 'lontar.sqlite'), { backupDir: join(dir, 'backups') });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([
      count('documents'),
      count('entities'),
      count('review_events'),
      count('record_merges'),
      count('settings'),
      count('decree_records'),
    ]).toEqual([1, 1, 1, 1, 1, 0]);
    db.close();
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);

    // Opened by the app: the old document lists and searches as before, and new decrees get records.
    const { parts } = decreeParts();
    const backend = createBackend({ dataDir, version: 'test', parts, systemUser: 'sistem' });
    const listed = await call(backend, 'documents.list', { query: 'sukamaju' });
    expect(listed.items).toEqual([
      expect.objectContaining({ id: 1, name: 'Dokumen-20260122074351.pdf', status: 'in_review', confirmedCount: 1, decree: null }),
    ]);
    expect((await call(backend, 'documents.history', { id: 1 })).events.map((e) => e.action)).toEqual(['entity.accept']);
    expect((await call(backend, 'records.list', { type: 'organization' })).items[0]).toMatchObject({
      key: 'Dinas Sosial',
      mergedKeys: ['Dinsos'],
    });
    expect((await call(backend, 'settings.get', {})).clerkName).toBe('Sari');
    const [decree] = await importTexts(backend, dir, [composedDecreeText()]);
    expect((await call(backend, 'decrees.get', { documentId: decree! })).record?.fields.kind.value).toBe('kepkada');
    await backend.close();
  });
});
