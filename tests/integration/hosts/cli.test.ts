import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// The real `lontar` command in a child process, as a clerk or a script would run it.
const tempDir = useTempDirs();
const sharedDir = process.env.LONTAR_SHARED_DIR ?? join(process.cwd(), '..', 'shared');
const article = (name: string) => join(sharedDir, 'corpus', 'dev', name);

function lontar(args: string[], dataDir: string, cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'lontar.mjs'), ...args], {
    cwd,
    env: { ...process.env, LONTAR_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('lontar CLI', () => {
  it('imports a text article, reports the same file again as a duplicate (exit 0), and lists it', () => {
    const data = tempDir();
    const first = lontar(['import', article('seed-000.txt'), '--json'], data);
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout.trim().split('\n').at(-1)!)).toMatchObject({
      imported: [{ file: article('seed-000.txt'), id: 1 }],
      duplicates: [],
      failed: [],
    });
    const again = lontar(['import', article('seed-000.txt'), '--json'], data);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: [], duplicates: [{ file: article('seed-000.txt'), of: 1 }], failed: [] });

    const list = lontar(['list'], data);
    expect(list.code).toBe(0);
    expect(list.stdout).toBe('id  name          status\n1   seed-000.txt  new\n');
    const json = lontar(['list', '--json'], data);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ id: 1, name: 'seed-000.txt', status: 'new' })]);
  });

  it('lists in a chosen order, with the passage a search matched, and refuses an unknown order', () => {
    const data = tempDir();
    expect(lontar(['import', article('dev-001.txt'), article('dev-002.txt')], data).code).toBe(0);
    expect(
      lontar(['list', '--sort', 'name'], data)
        .stdout.split('\n')
        .slice(1, 3)
        .map((l) => l.split(/\s+/)[1]),
    ).toEqual(['dev-001.txt', 'dev-002.txt']);
    expect(
      lontar(['list', '--sort', 'name', '--descending'], data)
        .stdout.split('\n')
        .slice(1, 3)
        .map((l) => l.split(/\s+/)[1]),
    ).toEqual(['dev-002.txt', 'dev-001.txt']);
    const found = JSON.parse(lontar(['list', '--json', '--query', 'Mangupura'], data).stdout) as Array<{
      name: string;
      snippet: Array<{ text: string; hit: boolean }>;
    }>;
    expect(found.map((d) => d.name)).toEqual(['dev-002.txt']);
    expect(found[0]!.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toContain('mangupura');
    const refused = lontar(['list', '--sort', 'clean_text'], data);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--sort must be one of/);
  });

  it('refuses an unreadable or binary file with a clear message, stores nothing, exits 1 when every input failed', () => {
    const data = tempDir();
    const dir = tempDir();
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x81]));
    const result = lontar(['import', join(dir, 'binary.txt'), join(dir, 'missing.txt')], data);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/failed .*binary\.txt/);
    expect(result.stdout).toMatch(/File not found/);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('0 imported, 0 duplicates, 2 failed');
    expect(JSON.parse(lontar(['list', '--json'], data).stdout)).toEqual([]);
  });

  it('walks folders for supported formats only, naming skipped files on stderr', () => {
    const data = tempDir();
    const dir = tempDir();
    mkdirSync(join(dir, 'nested'));
    copyFileSync(article('dev-001.txt'), join(dir, 'nested', 'dev-001.txt'));
    writeFileSync(join(dir, 'catatan.md'), '# not a document');
    const result = lontar(['import', dir, '--json'], data);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`skipped ${join(dir, 'catatan.md')}: not a supported format`);
    expect(JSON.parse(result.stdout).imported).toEqual([{ file: join(dir, 'nested', 'dev-001.txt'), id: 1 }]);
    const empty = tempDir();
    writeFileSync(join(empty, 'notes.md'), 'x');
    const none = lontar(['import', empty], data);
    expect(none.code).toBe(1);
    expect(none.stderr.trim().split('\n').at(-1)).toBe('lontar: No documents to import: no file of a supported format was found');
  });

  it('prints only the result on stdout: nothing else reaches it', () => {
    const data = tempDir();
    const result = lontar(['import', article('dev-002.txt'), '--json'], data);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
  });

  it('through npm (`npm run -s lontar -- …`), stdout still carries only the result', () => {
    const data = tempDir();
    const result = spawnSync('npm', ['run', '-s', 'lontar', '--', 'list', '--json'], {
      env: { ...process.env, LONTAR_DATA_DIR: data },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('[]\n');
  });

  it('answers wrong usage with one line and exit 2', () => {
    const data = tempDir();
    for (const args of [
      ['import', '--bogus', 'x'],
      ['frobnicate'],
      ['import'],
      ['import', 'x', '--ocr', 'sometimes'],
      ['list', 'extra'],
      ['export', '--format', 'xml', '--out', 'x'],
    ]) {
      const result = lontar(args, data);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(/^lontar: /);
      expect(result.stdout).toBe('');
    }
  });

  it('refuses a corrupt or read-only database with one line, changing nothing', () => {
    const corrupt = tempDir();
    writeFileSync(join(corrupt, 'lontar.sqlite'), 'definitely not sqlite '.repeat(100));
    const before = sha(join(corrupt, 'lontar.sqlite'));
    const result = lontar(['list'], corrupt);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/damaged or not a Lontar database/);
    expect(sha(join(corrupt, 'lontar.sqlite'))).toBe(before);

    const readonly = tempDir();
    lontar(['import', article('dev-003.txt')], readonly);
    chmodSync(join(readonly, 'lontar.sqlite'), 0o444);
    const ro = lontar(['import', article('dev-004.txt')], readonly);
    expect(ro.code).toBe(1);
    expect(ro.stderr).toMatch(/read-only/);

    const newer = tempDir();
    const db = new BetterSqlite3(join(newer, 'lontar.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    const refused = lontar(['list'], newer);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/newer version of Lontar/);
  });

  it('backs the library up to a new file, and never over an existing one', () => {
    const data = tempDir();
    const out = tempDir();
    lontar(['import', article('dev-005.txt')], data);
    const backup = lontar(['backup', join(out, 'copy.sqlite')], data);
    expect(backup.code).toBe(0);
    expect(backup.stdout.trim()).toBe(join(out, 'copy.sqlite'));
    const copy = new BetterSqlite3(join(out, 'copy.sqlite'), { readonly: true });
    expect(copy.prepare('SELECT original_name FROM documents').pluck().all()).toEqual(['dev-005.txt']);
    copy.close();
    const again = lontar(['backup', join(out, 'copy.sqlite')], data);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('extracts without a library and skips the .md and .gold.json files beside the corpus', () => {
    const data = tempDir();
    const result = lontar(['extract', '--format', 'json', join(sharedDir, 'corpus', 'dev')], data);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { documents: Array<{ file: string; entities: Array<Record<string, unknown>> }> };
    expect(output.documents.length).toBe(17);
    expect(output.documents.every((d) => d.file.endsWith('.txt'))).toBe(true);
    const seed = output.documents.find((d) => d.file.endsWith('seed-000.txt'))!;
    expect(seed.entities.length).toBeGreaterThan(5);
    expect(Object.keys(seed.entities[0]!)).toEqual(
      expect.arrayContaining(['type', 'text', 'start', 'end', 'normalized', 'attributes', 'confidence', 'rule']),
    );
    expect(result.stderr).toMatch(/skipped .*seed-000\.gold\.json/);
  });
});
