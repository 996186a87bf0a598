import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

function lontar(args: string[], dataDir: string, cwd: string) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'lontar.mjs'), ...args], {
    cwd,
    env: { ...process.env, LONTAR_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('lontar export --out DIR (the dataset)', () => {
  it('writes confirmed documents by default, all with --include-pending, and refuses to overwrite without --overwrite', () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    writeFileSync(join(dir, 'berita.txt'), 'Dinas Sosial Kabupaten Musi Banyuasin membagikan bantuan pada 3 Maret 2021.');
    expect(lontar(['import', 'berita.txt'], data, dir).code).toBe(0);

    const none = lontar(['export', '--out', 'ds'], data, dir);
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/0 documents.*\n.*--include-pending/);
    expect(JSON.parse(readFileSync(join(dir, 'ds', 'datapackage.json'), 'utf8')).lontar.counts.documents).toBe(0);

    const refused = lontar(['export', '--out', 'ds', '--include-pending'], data, dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds a dataset; give --overwrite/);

    const all = lontar(['export', '--out', 'ds', '--include-pending', '--overwrite', '--type', 'region,organization'], data, dir);
    expect(all.code).toBe(0);
    expect(all.stdout.split('\n')).toContain(join(dir, 'ds', 'region.csv'));
    expect(all.stdout).not.toContain('decree.csv');
    const descriptor = JSON.parse(readFileSync(join(dir, 'ds', 'datapackage.json'), 'utf8'));
    expect(descriptor.lontar.counts.documents).toBe(1);
    expect(descriptor.lontar.filters).toMatchObject({ includePending: true, types: ['region', 'organization'] });
  });

  it("--format writes only that format, with the dataset's filters and folder rules", () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    writeFileSync(join(dir, 'berita.txt'), 'Dinas Sosial Kabupaten Musi Banyuasin membagikan bantuan pada 3 Maret 2021.');
    expect(lontar(['import', 'berita.txt'], data, dir).code).toBe(0);
    const files = (result: { stdout: string }) =>
      result.stdout
        .trim()
        .split('\n')
        .map((f) => f.slice(join(dir, 'out').length + 1))
        .sort();

    const conll = lontar(['export', '--format', 'conll', '--out', 'out', '--include-pending'], data, dir);
    expect(conll.code, conll.stderr).toBe(0);
    expect(files(conll)).toEqual(['README.md', 'datapackage.json', 'entities.conll']);
    expect(readFileSync(join(dir, 'out', 'entities.conll'), 'utf8').match(/^-DOCSTART- /gm)).toHaveLength(1);
    expect(lontar(['export', '--format', 'xlsx', '--out', 'out'], data, dir).stderr).toMatch(/already holds a dataset; give --overwrite/);

    const xlsx = lontar(
      ['export', '--format', 'xlsx', '--out', 'out', '--overwrite', '--include-pending', '--type', 'organization'],
      data,
      dir,
    );
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(files(xlsx)).toEqual(['README.md', 'datapackage.json', 'lontar.xlsx']);
    expect(xlsx.stderr).toMatch(/the xlsx files of a dataset of 1 documents/);
    const descriptor = JSON.parse(readFileSync(join(dir, 'out', 'datapackage.json'), 'utf8'));
    expect(descriptor.lontar).toMatchObject({ format: 'xlsx', filters: { includePending: true, types: ['organization'] } });
  });

  it('says what is wrong with a flag (exit 2)', () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    for (const [args, message] of [
      [['export', '--out', 'ds', '--type', 'person'], /--type must be one of region/],
      [['export', '--out', 'ds', '--from', '2026-13-45'], /--from must be a date/],
      [['export', '--out', 'ds', '--from', '2026-02-01', '--to', '2026-01-01'], /is after --to/],
      [['export', '--format', 'jdihn', '--out', 'ds', '--query', 'x'], /--query applies to the dataset and its formats/],
      [
        ['export', '--format', 'xml', '--out', 'ds'],
        /--format must be one of csv, jsonl, xlsx, conll, spans, doccano, label-studio, scores/,
      ],
      [['export'], /--out DIR is required/],
    ] as const) {
      const result = lontar([...args], data, dir);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });
});
