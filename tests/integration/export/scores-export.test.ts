import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

function lontar(args: string[], dataDir: string) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'lontar.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LONTAR_DATA_DIR: dataDir },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Issue 10: `lontar export --format scores` writes the scores dataset, read here by a real
// consumer (Debian's python3 with pandas). The article is composed for this test.
describe('lontar export --format scores', () => {
  it('writes scores.csv, one row per score with its subject linked, codes kept as text', () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    const article = join(dir, 'ipp.txt');
    writeFileSync(
      article,
      [
        'Hasil Indeks Pelayanan Publik (IPP) tahun 2024 diumumkan.',
        'Kabupaten Muara Enim meraih nilai 4,52 dan Kota Lubuklinggau meraih nilai 4,52.',
        'Dinas Sosial Kabupaten Muara Enim dengan nilai 4,10 kategori B.',
      ].join('\n'),
    );
    expect(lontar(['import', article], data).code).toBe(0);

    const reviewedOnly = join(dir, 'reviewed');
    const none = lontar(['export', '--format', 'scores', '--out', reviewedOnly], data);
    expect(none.code).toBe(0);
    // Nothing confirmed yet: the header only.
    expect(readFileSync(join(reviewedOnly, 'scores.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1);

    const out = join(dir, 'all');
    const run = lontar(['export', '--format', 'scores', '--out', out, '--include-pending'], data);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(join(out, 'scores.csv'));

    const py = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        `
import json, sys, pandas as pd
df = pd.read_csv(sys.argv[1], dtype={'subject_key': str, 'subject_region': str}, encoding='utf-8-sig')
print(json.dumps({'columns': list(df.columns), 'rows': df[['record_key', 'subject', 'subject_key', 'subject_name', 'subject_region', 'index', 'year', 'value', 'grade']].fillna('').astype(str).values.tolist()}))
`,
        join(out, 'scores.csv'),
      ],
      { encoding: 'utf8' },
    );
    expect(py.status, py.stderr).toBe(0);
    const read = JSON.parse(py.stdout) as { columns: string[]; rows: string[][] };
    expect(read.columns).toEqual([
      'document_id',
      'document_name',
      'record_key',
      'subject',
      'subject_key',
      'subject_name',
      'subject_region',
      'index',
      'year',
      'value',
      'grade',
      'predicate',
      'rank',
      'start',
      'end',
      'page',
      'status',
    ]);
    expect(read.rows).toEqual([
      ['4.52|16.03|IPP|2024', 'Kabupaten Muara Enim', '16.03', 'Kabupaten Muara Enim', '', 'IPP', '2024', '4.52', ''],
      // The subject as written; its official name beside it. One value, two subjects: two records.
      ['4.52|16.73|IPP|2024', 'Kota Lubuklinggau', '16.73', 'Kota Lubuk Linggau', '', 'IPP', '2024', '4.52', ''],
      [
        '4.1|Dinas Sosial|IPP|2024',
        'Dinas Sosial Kabupaten Muara Enim',
        'Dinas Sosial',
        'Dinas Sosial',
        '16.03',
        'IPP',
        '2024',
        '4.1',
        'B',
      ],
    ]);
  });
});
