import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseCsv } from './helpers/csv.ts';
import { AppPage } from './pages/app-page.ts';
import { freshDataDir, startWebHost } from './web-host.ts';

// Issue 10: scores as a dataset in the browser. A composed ranking article is imported with the
// CLI, its entities accepted through the API, then the records view shows the scores table with
// its index/year filters and subject × year pivot, and the Export view downloads scores.csv.
test('the records view shows the scores dataset and the Export view writes scores.csv', async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = freshDataDir();
  const article = join(dataDir, 'peringkat.txt');
  writeFileSync(
    article,
    [
      'Hasil Indeks Pelayanan Publik (IPP) tahun 2024 kabupaten/kota:',
      '1. Kota Pekalongan 4,52;',
      '2. Kabupaten Batang 4,52;',
      '3. Kota Semarang 4,31.',
      '',
      'Pada tahun 2023 Kota Pekalongan meraih nilai IPP 4,21.',
    ].join('\n'),
  );
  const imported = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'lontar.mjs'), 'import', article, '--json'], {
    env: { ...process.env, LONTAR_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(imported.status, imported.stderr).toBe(0);
  const documentId = (JSON.parse(imported.stdout) as { imported: Array<{ id: number }> }).imported[0]!.id;

  const host = await startWebHost(dataDir);
  try {
    const token = new URL(host.url).hash.replace('#token=', '');
    const accepted = await page.request.post(new URL('/api/entities.acceptAbove', host.url).href, {
      headers: { 'x-lontar-token': token, 'content-type': 'application/json' },
      data: JSON.stringify({ documentId, threshold: 0 }),
    });
    expect(accepted.ok()).toBe(true);

    const app = new AppPage(page);
    await app.open(host.url);
    await app.go('Data induk');
    await page.getByRole('combobox', { name: 'Jenis entitas' }).selectOption('score');
    const table = page.getByTestId('scores-table');
    // Two subjects with one value are two rows.
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table).toContainText('Kabupaten Batang');
    await expect(table).toContainText('33.25');
    await page.getByRole('combobox', { name: 'Tahun' }).selectOption('2023');
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table.locator('tbody tr')).toContainText('4.21');
    const pivot = page.getByTestId('scores-pivot');
    await expect(pivot.getByRole('row', { name: /Kota Pekalongan/ })).toContainText('4.21');
    await expect(pivot.getByRole('row', { name: /Kota Pekalongan/ })).toContainText('4.52');
    await app.screenshot('records-scores');

    await app.go('Ekspor');
    await page.getByRole('radio', { name: /^Skor/ }).check();
    await page.getByRole('button', { name: /Buat ekspor/ }).click();
    const link = page.getByTestId('export-file');
    await expect(link).toHaveText('scores.csv');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(rows.map((r) => [r.subject_key, r.value]).sort()).toEqual([
      ['33.25', '4.52'],
      ['33.74', '4.31'],
      ['33.75', '4.21'],
      ['33.75', '4.52'],
    ]);
  } finally {
    await host.stop();
  }
});
