import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import { parseResultsLine } from '../../../electron/backend/import/results-lines.ts';
import { call } from '../../helpers/backend-calls.ts';
import { composedDecreeText } from '../../helpers/decree-parts.ts';
import { librarySnapshot } from '../../helpers/library-snapshot.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

function lontar(args: string[], options: { cwd: string; dataDir?: string; stdin?: string }) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'lontar.mjs'), ...args], {
    cwd: options.cwd,
    input: options.stdin ?? '',
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, LONTAR_DATA_DIR: options.dataDir ?? join(options.cwd, 'data') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE =
  'Dinas Sosial Kabupaten Sukamaju membagikan bantuan kepada warga Kecamatan Sukamaju pada 3 Maret 2021.\n\n' +
  'Bupati Sukamaju Ratna Dewi Lestari meminta Dinas Sosial Kabupaten Sukamaju mendata ulang penerima bantuan.';
const HTML =
  '<html><head><title>Rapat Pemerintah Kota</title></head><body><article><h1>Rapat Pemerintah Kota</h1>' +
  '<p>Pemerintah Kota Palembang menggelar rapat koordinasi pada 5 Mei 2022 bersama Dinas Pendidikan Kota Palembang.</p></article></body></html>';

/** A folder of inputs: an article, a saved page, a decree as text, and an empty file (unreadable). */
function inputs(dir: string): void {
  writeFileSync(join(dir, 'berita.txt'), ARTICLE);
  writeFileSync(join(dir, 'rapat.html'), HTML);
  writeFileSync(join(dir, 'keputusan.txt'), composedDecreeText());
  writeFileSync(join(dir, 'kosong.txt'), '');
}

/** Results lines parsed by the merge's own validator: every line must be a whole document or error line. */
function resultLines(stdout: string) {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => {
      const parsed = parseResultsLine(line);
      if (parsed.kind !== 'document' && parsed.kind !== 'error') throw new Error(`not a results line: ${line.slice(0, 200)}`);
      return parsed;
    });
}

const fileOf = (l: ReturnType<typeof resultLines>[number]) => (l.kind === 'document' ? l.document.file : l.file);

describe('lontar extract --jsonl', () => {
  it('reads paths and {"path"} objects from stdin and writes exactly one line per input, errors included', () => {
    const dir = tempDir();
    inputs(dir);
    const stdin = ['berita.txt', '{"path": "rapat.html"}', '', 'hilang.txt', 'kosong.txt', '{"nama": "x.txt"}', '{rusak'].join('\n');
    const run = lontar(['extract', '--jsonl'], { cwd: dir, stdin });
    expect(run.code).toBe(0);
    const lines = resultLines(run.stdout);
    expect(lines.map(fileOf).sort()).toEqual(
      ['berita.txt', 'hilang.txt', 'kosong.txt', 'rapat.html', '{"nama": "x.txt"}', '{rusak'].sort(),
    );
    const byFile = new Map(lines.map((l) => [fileOf(l), l]));
    const article = byFile.get('berita.txt')!;
    expect(article.kind === 'document' && article.document).toMatchObject({
      schemaVersion: 1,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      sourceType: 'text',
      text: expect.stringContaining('Dinas Sosial'),
    });
    expect(article.kind === 'document' && article.document.entities.map((e) => e.type)).toEqual(
      expect.arrayContaining(['organization', 'date']),
    );
    expect(byFile.get('hilang.txt')).toMatchObject({ kind: 'error', error: expect.stringMatching(/not found/i) });
    expect(byFile.get('kosong.txt')).toMatchObject({ kind: 'error' });
    expect(byFile.get('{"nama": "x.txt"}')).toMatchObject({ kind: 'error', error: expect.stringMatching(/stdin line 6: .*no "path"/) });
    expect(byFile.get('{rusak')).toMatchObject({ kind: 'error', error: expect.stringMatching(/stdin line 7: not valid JSON/) });
    expect(run.stderr).toMatch(/2 extracted, 4 failed/);
  });

  it('takes `-` for stdin, file and folder arguments otherwise, and exits 1 when every input failed', () => {
    const dir = tempDir();
    inputs(dir);
    const dash = lontar(['extract', '--jsonl', '-'], { cwd: dir, stdin: 'keputusan.txt\n' });
    expect(dash.code).toBe(0);
    const [decree] = resultLines(dash.stdout);
    expect(decree!.kind === 'document' && decree!.document.particulars).toMatchObject({
      kind: 'kepkada',
      number: '188.45/0545/DISPUS/2025',
    });

    const args = lontar(['extract', '--jsonl', 'berita.txt', 'rapat.html'], { cwd: dir });
    expect(resultLines(args.stdout).map(fileOf).sort()).toEqual(['berita.txt', 'rapat.html']);

    const failed = lontar(['extract', '--jsonl'], { cwd: dir, stdin: 'hilang.txt\n' });
    expect(failed.code).toBe(1);
    expect(resultLines(failed.stdout)).toEqual([{ kind: 'error', file: 'hilang.txt', error: expect.any(String) }]);
    expect(lontar(['extract', '--jsonl', '--format', 'json'], { cwd: dir }).code).toBe(2);
  });
});

describe('lontar import --results', () => {
  it('merges results like an import of the same files, reports error lines, and a second merge changes nothing a clerk decided', async () => {
    const dir = tempDir();
    inputs(dir);
    const files = ['berita.txt', 'rapat.html', 'keputusan.txt'];
    const extracted = lontar(['extract', '--jsonl'], { cwd: dir, stdin: [...files, 'hilang.txt'].join('\n') });
    writeFileSync(join(dir, 'shard-0.jsonl'), extracted.stdout);

    const merged = join(dir, 'merged');
    const first = lontar(['import', '--results', 'shard-0.jsonl'], { cwd: dir, dataDir: merged });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^3 documents merged: 3 new .* 0 already in the library; \d+ entities added; 1 error line, 0 refused/);
    expect(first.stderr).toMatch(/failed hilang.txt: /);

    // The same files imported in one process make the same library (documents, entities, decree records).
    const direct = join(dir, 'direct');
    expect(lontar(['import', ...files], { cwd: dir, dataDir: direct }).code).toBe(0);
    const afterMerge = librarySnapshot(merged);
    expect([...afterMerge.keys()].sort()).toHaveLength(3);
    expect(afterMerge).toEqual(librarySnapshot(direct));
    expect([...afterMerge.values()].some((d) => d.decree !== null)).toBe(true);

    // The clerk works on the merged library between merges.
    const backend = createBackend({ dataDir: merged, version: 'test', parts: plainTextParts(), systemUser: 'clerk' });
    const { items } = await call(backend, 'documents.list', {});
    const ids = items.map((d) => d.id);
    const entities = (await Promise.all(ids.map((id) => call(backend, 'documents.get', { id })))).flatMap((d) => d.entities);
    const [confirmed, rejected] = entities;
    const organization = entities.find((e) => e.type === 'organization' && e !== confirmed && e !== rejected)!;
    await call(backend, 'entities.review', { id: confirmed!.id, action: 'accept' });
    await call(backend, 'entities.review', { id: rejected!.id, action: 'reject' });
    await call(backend, 'entities.edit', { id: organization.id, normalized: 'Dinas Sosial dan Pemberdayaan Masyarakat' });
    const decreeDoc = items.find((d) => d.decree !== null)!;
    await call(backend, 'decrees.reviewField', { documentId: decreeDoc.id, field: 'number', action: 'accept' });
    await backend.close();
    const decided = librarySnapshot(merged);
    expect(decided).not.toEqual(afterMerge);

    const second = lontar(['import', '--results', 'shard-0.jsonl', '--json'], { cwd: dir, dataDir: merged });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ documents: 3, added: 0, existing: 3, entities: 0, refused: [] });
    expect(librarySnapshot(merged)).toEqual(decided);
  });

  it('skips a cut last line, refuses malformed lines by number and merges the rest', () => {
    const dir = tempDir();
    inputs(dir);
    const { stdout } = lontar(['extract', '--jsonl', 'berita.txt', 'rapat.html'], { cwd: dir });
    const [one, two] = stdout.trimEnd().split('\n') as [string, string];
    const noSha = JSON.parse(one) as Record<string, unknown>;
    delete noSha.sha256;
    const badSha = { ...(JSON.parse(two) as Record<string, unknown>), sha256: 'bukan-sha' };
    const lines = [
      one,
      '{"schemaVersion": 1, "file": ',
      JSON.stringify(noSha),
      JSON.stringify(badSha),
      two,
      two.slice(0, Math.floor(two.length / 2)),
    ];
    writeFileSync(join(dir, 'shard-1.jsonl'), lines.join('\n')); // the last line is cut: no newline, half a document

    const run = lontar(['import', '--results', 'shard-1.jsonl'], { cwd: dir });
    expect(run.code).toBe(0);
    const path = join(dir, 'shard-1.jsonl');
    expect(run.stderr).toContain(`refused ${path}, line 2: not valid JSON`);
    expect(run.stderr).toContain(`refused ${path}, line 3: missing field "sha256"`);
    expect(run.stderr).toMatch(new RegExp(`refused ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, line 4: sha256: not a SHA-256`));
    expect(run.stderr).toContain(`refused ${path}, line 6: the last line is cut off`);
    expect(run.stdout).toMatch(/^2 documents merged: 2 new/);
    expect(librarySnapshot(join(dir, 'data')).size).toBe(2);
  });

  it('refuses a results file of a newer format with a message, and still merges the others', () => {
    const dir = tempDir();
    inputs(dir);
    const { stdout } = lontar(['extract', '--jsonl', 'berita.txt'], { cwd: dir });
    writeFileSync(join(dir, 'good.jsonl'), stdout);
    writeFileSync(join(dir, 'newer.jsonl'), stdout.replace('"schemaVersion":1', '"schemaVersion":2'));
    expect(readFileSync(join(dir, 'newer.jsonl'), 'utf8')).toContain('"schemaVersion":2');

    const alone = lontar(['import', '--results', 'newer.jsonl'], { cwd: dir });
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain(
      `refused ${join(dir, 'newer.jsonl')}: results format 2 is newer than this Lontar reads (1); update Lontar first; the file is not merged`,
    );

    const both = lontar(['import', '--results', 'newer.jsonl', 'good.jsonl'], { cwd: dir });
    expect(both.code).toBe(0);
    expect(both.stdout).toMatch(/^1 documents merged: 1 new/);
    expect(lontar(['import', '--results'], { cwd: dir }).code).toBe(2);
  });
});
