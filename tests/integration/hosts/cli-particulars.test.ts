import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTICULAR_FIELDS } from '../../../shared/types/particulars.ts';
import { fixturePath } from '../../helpers/fixtures/paths.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// The CLI contract of issue 8: `lontar extract` gives each document its particulars and where each was read.
const tempDir = useTempDirs();

function extract(format: 'json' | 'table', ...files: string[]) {
  const run = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'lontar.mjs'), 'extract', '--format', format, ...files], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

function files(): { decree: string; article: string } {
  const dir = tempDir();
  const decree = join(dir, 'perbup-sukamulya-15-2023.txt');
  const article = join(dir, 'berita.txt');
  copyFileSync(fixturePath('decree-drafts/peraturan-two-column.txt'), decree);
  writeFileSync(
    article,
    'SUKAMULYA – Bupati menetapkan Peraturan Bupati Sukamulya Nomor 15 Tahun 2023 tentang Tata Kerja Dinas Arsip, kata Kepala Dinas.\n',
  );
  return { decree, article };
}

describe('lontar extract: decree particulars', () => {
  it('gives an instrument its particulars as bare values, with sources, and a news article null', () => {
    const { decree, article } = files();
    const { documents } = JSON.parse(extract('json', decree, article)) as {
      documents: Array<{
        file: string;
        particulars: Record<string, unknown> | null;
        particulars_sources: Record<string, Record<string, unknown>>;
      }>;
    };
    const [instrument, news] = documents;
    expect(Object.keys(instrument!.particulars!)).toEqual([...PARTICULAR_FIELDS]);
    expect(instrument!.particulars).toMatchObject({
      number: '15',
      year: 2023,
      date_established: '2023-06-30',
      legal_basis: ['12/1950', '18/2016', '72/2019', '8/2016'],
    });
    for (const [field, source] of Object.entries(instrument!.particulars_sources)) {
      expect(PARTICULAR_FIELDS).toContain(field);
      expect(Object.keys(source).sort()).toEqual(['box', 'confidence', 'end', 'page', 'rule', 'start', 'weak']);
      expect(source['end'] as number).toBeGreaterThan(source['start'] as number);
    }
    expect(news!.particulars).toBeNull();
    expect(news!.particulars_sources).toEqual({});
  });

  it('shows the particulars under the entities in the table', () => {
    const table = extract('table', files().decree);
    const [entities, particulars] = table.split('\nParticulars\n');
    expect(entities).toMatch(/decree\s+15\/2023/);
    expect(particulars).toMatch(/signatory\s+Andi Setiawan/);
    expect(particulars).toMatch(/date_promulgated\s+2023-07-03/);
  });
});
