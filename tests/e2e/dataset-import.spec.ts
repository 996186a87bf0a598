import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freshDataDir, startWebHost } from './web-host.ts';

/** A dataset as another library exported it without --with-originals: one scanned decree, text only. */
function textOnlyDataset(dir: string): void {
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'datapackage.json'),
    JSON.stringify({ profile: 'data-package', lontar: { datasetFormatVersion: 1 }, resources: [] }),
  );
  const text = 'KEPUTUSAN BUPATI MUSI BANYUASIN NOMOR 12 TAHUN 2021 tentang Dinas Sosial.';
  const start = text.indexOf('Dinas Sosial');
  writeFileSync(
    join(dir, 'documents.jsonl'),
    `${JSON.stringify({
      id: 7,
      name: 'sk-bupati.pdf',
      sourcePath: null,
      sourceType: 'pdf',
      mime: 'application/pdf',
      sha256: 'ab'.repeat(32),
      importedAt: '2026-11-01T08:00:00.000Z',
      status: 'confirmed',
      title: null,
      language: 'id',
      text,
      entities: [
        {
          type: 'organization',
          key: 'Dinas Sosial',
          normalized: 'Dinas Sosial',
          text: 'Dinas Sosial',
          status: 'confirmed',
          origin: 'clerk',
          confidence: 1,
          rule: 'clerk',
          attributes: {},
          start,
          end: start + 12,
          mentions: [{ text: 'Dinas Sosial', start, end: start + 12 }],
        },
      ],
    })}\n`,
  );
}

test('a document imported from a dataset without its original opens as text only, and the review view says so', async ({ page }) => {
  const dataDir = freshDataDir();
  const dataset = join(dataDir, '..', `${dataDir.split('/').pop()}-dataset`);
  textOnlyDataset(dataset);
  const cli = spawnSync(process.execPath, ['bin/lontar.mjs', 'import', '--dataset', dataset, '--json'], {
    env: { ...process.env, LONTAR_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(cli.status, cli.stderr).toBe(0);
  expect(JSON.parse(cli.stdout)).toMatchObject({ added: 1, textOnly: 1, entities: 1 });

  const host = await startWebHost(dataDir);
  try {
    await page.goto(host.url);
    await page.getByTestId('document-row').filter({ hasText: 'sk-bupati.pdf' }).getByRole('button', { name: 'sk-bupati.pdf' }).click();
    await expect(page.getByTestId('document-text')).toContainText('NOMOR 12 TAHUN 2021');
    await expect(page.getByRole('note')).toContainText('tanpa berkas aslinya');
  } finally {
    await host.stop();
    rmSync(dataset, { recursive: true, force: true });
  }
});
