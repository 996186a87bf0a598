import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResultsLine } from '../../../electron/backend/import/results-lines.ts';
import { composedDecreeText } from '../../helpers/decree-parts.ts';
import { buildTextPdf } from '../../helpers/fixtures/pdf.ts';
import { librarySnapshot } from '../../helpers/library-snapshot.ts';
import { pythonWith } from '../../helpers/python-consumers.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const dask = pythonWith('distributed');
if ('missing' in dask) console.warn(`Skipping the Dask recipe test: ${dask.missing} (CI installs python3-distributed).`);

const LONTAR = join(process.cwd(), 'bin', 'lontar.mjs');
const RECIPE = join(process.cwd(), 'scripts', 'cluster', 'lontar_dask.py');

/** Articles composed for the test (invented places and people), as text, HTML and PDF. */
async function generateInputs(dir: string): Promise<number> {
  const places = ['Sukamaju', 'Tanjung Harapan', 'Mekarsari'];
  places.forEach((place, i) =>
    writeFileSync(
      join(dir, `berita-${i}.txt`),
      `Dinas Pendidikan Kabupaten ${place} menyalurkan bantuan buku pada ${i + 2} Maret 2023.\n\n` +
        `Bupati ${place} meminta Dinas Pendidikan Kabupaten ${place} mendata sekolah di Kecamatan ${place} Utara.`,
    ),
  );
  mkdirSync(join(dir, 'web'));
  writeFileSync(
    join(dir, 'web', 'rapat.html'),
    '<html><head><title>Rapat Koordinasi</title></head><body><article><h1>Rapat Koordinasi</h1>' +
      '<p>Pemerintah Kota Palembang menggelar rapat koordinasi pada 5 Mei 2022 bersama Dinas Kesehatan Kota Palembang.</p></article></body></html>',
  );
  writeFileSync(
    join(dir, 'web', 'keputusan.pdf'),
    (await buildTextPdf([composedDecreeText({ number: '188.45/0777/DISDIK/2024', year: 2024, date: '12 Februari 2024' })])).bytes,
  );
  return 5;
}

/** `lontar` that dies half-way through the first shard it is given (once, for the whole run): the recipe must retry it. */
function flakyLontar(dir: string): string {
  const wrapper = join(dir, 'flaky-lontar');
  const marker = join(dir, 'died-once');
  writeFileSync(
    wrapper,
    [
      '#!/bin/sh',
      `if [ "$1" = extract ] && mkdir '${marker}' 2>/dev/null; then`,
      '  printf \'{"schemaVersion":1,"file":"cut off\'',
      '  exit 137',
      'fi',
      `exec '${process.execPath}' '${LONTAR}' "$@"`,
    ].join('\n'),
  );
  chmodSync(wrapper, 0o755);
  return wrapper;
}

describe.skipIf('missing' in dask)('the Dask recipe (scripts/cluster/lontar_dask.py)', () => {
  it('shards a folder over a local cluster of 2 worker processes, retries a shard that died, and merges into the library a single import makes', async () => {
    const dir = tempDir();
    const inputs = join(dir, 'arsip');
    mkdirSync(inputs);
    const count = await generateInputs(inputs);
    const results = join(dir, 'results');
    const merged = join(dir, 'merged');

    const run = spawnSync(
      'python' in dask ? dask.python : '',
      [
        RECIPE,
        inputs,
        '--results',
        results,
        '--library',
        merged,
        '--local-workers',
        '2',
        '--shard-size',
        '2',
        '--retries',
        '2',
        '--lontar',
        flakyLontar(dir),
      ],
      { encoding: 'utf8', timeout: 300_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'died-once'))).toBe(true); // one attempt was cut off …
    const shards = readdirSync(results).sort();
    expect(shards).toEqual(['shard-00000.jsonl', 'shard-00001.jsonl', 'shard-00002.jsonl']); // … and no partial file is left
    const lines = shards.flatMap((s) => readFileSync(join(results, s), 'utf8').trimEnd().split('\n')).map(parseResultsLine);
    expect(lines.map((l) => l.kind)).toEqual(Array(count).fill('document'));
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toMatchObject({ documents: count, added: count, errors: [], refused: [] });

    const single = join(dir, 'single');
    const imported = spawnSync(process.execPath, [LONTAR, 'import', inputs], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, LONTAR_DATA_DIR: single },
    });
    expect(imported.status, imported.stderr).toBe(0);
    const fromCluster = librarySnapshot(merged);
    expect(fromCluster.size).toBe(count);
    expect([...fromCluster.values()].filter((d) => d.decree !== null).map((d) => d.sourceType)).toEqual(['pdf']);
    expect(fromCluster).toEqual(librarySnapshot(single));
  }, 320_000);
});
