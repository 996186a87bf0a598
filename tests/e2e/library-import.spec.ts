import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeScannedPdf } from './fixtures/scanned-pdf.ts';
import { LibraryPage } from './pages/library-page.ts';
import { RecordsPage } from './pages/records-page.ts';
import { startWebHost } from './web-host.ts';
import type { WebHost } from './web-host.ts';
import { mulberry32 } from '../helpers/seeded-random.ts';

// Issue 11: a batch import a clerk can follow (one row per file, a damaged file named and not
// offered Retry, a duplicate linked), then the library sorted by its headers with search passages.
const sharedDir = process.env.LONTAR_SHARED_DIR ?? join(process.cwd(), '..', 'shared');
const article = (name: string) => join(sharedDir, 'corpus', 'dev', name);

function damagedPdf(): string {
  const random = mulberry32(11);
  const file = join(mkdtempSync(join(tmpdir(), 'lontar-e2e-damaged-')), 'rusak.pdf');
  writeFileSync(
    file,
    Uint8Array.from({ length: 8192 }, () => Math.floor(random() * 256)),
  );
  return file;
}

test.describe.configure({ mode: 'serial' });
let host: WebHost;
test.beforeAll(async () => {
  host = await startWebHost();
});
test.afterAll(async () => {
  await host?.stop();
});

test('a batch with a damaged file: one row per file, the damaged one named and not retried, a duplicate linked', async ({ page }) => {
  test.setTimeout(300_000);
  const library = new LibraryPage(page);
  await library.open(host.url);
  const scan = await writeScannedPdf();
  await library.importFiles([article('dev-001.txt'), scan, damagedPdf(), article('dev-002.txt')]);

  // While it runs: a row per file, each with its own state, and the batch's estimate.
  const rows = page.getByTestId('import-file-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('pengumuman-scan.pdf');
  await expect(page.getByTestId('batch-eta')).toBeVisible();
  await expect(rows.filter({ hasText: 'rusak.pdf' })).toHaveAttribute('data-phase', 'failed');
  await library.screenshot('issue11-batch-running');

  const summary = await library.waitForImportSummary();
  expect(summary).toContain('3 diimpor, 0 duplikat, 1 gagal');
  const failure = page.getByTestId('import-failure');
  await expect(failure).toHaveCount(1);
  await expect(failure).toContainText('Damaged PDF');
  await expect(failure).toHaveAttribute('data-retryable', 'false');
  await expect(page.getByTestId('import-summary').getByRole('button', { name: 'Coba lagi' })).toHaveCount(0);
  await library.screenshot('issue11-batch-damaged');
  await page.getByRole('button', { name: 'Tutup pesan' }).first().click();

  // The same article again: a duplicate that names and links the document it repeats.
  await library.importFiles([article('dev-002.txt')]);
  await library.waitForImportSummary();
  const duplicate = page.getByTestId('import-duplicate');
  await expect(duplicate).toContainText('dev-002.txt');
  await duplicate.getByRole('link').click();
  await expect(page).toHaveURL(/#doc\/\d+$/);
  await expect(page).toHaveTitle('dev-002.txt — Lontar');
});

test('the library sorted by its headers, with search passages, counts and a page thumbnail', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open(host.url);
  await library.expectCount(3);
  const names = async () => (await library.rows().locator('.doc-name').allTextContents()).map((n) => n.trim());

  // Click the name header: A→Z; again: Z→A. Then from the keyboard: Tab to it and Enter.
  const nameHeader = page.getByRole('columnheader', { name: /Nama berkas/ });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await names()).toEqual(['dev-001.txt', 'dev-002.txt', 'pengumuman-scan.pdf']);
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await names()).toEqual(['pengumuman-scan.pdf', 'dev-002.txt', 'dev-001.txt']);
  await nameHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await names()).toEqual(['dev-001.txt', 'dev-002.txt', 'pengumuman-scan.pdf']);

  // Counts on the filters, and the scan's first page as a thumbnail (a real picture, not broken).
  await expect(page.getByRole('combobox', { name: 'Status' }).locator('option[value="new"]')).toHaveText('Baru (3)');
  const thumbnail = library.row('pengumuman-scan.pdf').getByTestId('thumbnail');
  await expect(thumbnail).toBeVisible();
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // A search shows where each document matched, the hit marked, still in the chosen order.
  await library.search().fill('Mangupura');
  await library.expectCount(1);
  const snippet = library.rows().first().getByTestId('snippet');
  await expect(snippet.locator('mark').first()).toHaveText(/^Mangupura$/i);
  await expect(page.getByRole('combobox', { name: 'Status' }).locator('option[value="new"]')).toHaveText('Baru (1)');
  await library.screenshot('issue11-library-snippets');
  await library.search().fill('Kabupaten');
  await expect(library.rows().first().getByTestId('snippet').locator('mark').first()).toHaveText(/^Kabupaten$/i);
  const shown = await names();
  expect(shown.length).toBeGreaterThan(1);
  expect(shown).toEqual([...shown].sort());
  await library.screenshot('issue11-library-sorted');

  // A page that cannot be drawn (its original gone from the data folder): a placeholder, never a broken image.
  await library.search().fill('');
  rmSync(join(host.dataDir, 'originals'), { recursive: true, force: true });
  rmSync(join(host.dataDir, 'cache'), { recursive: true, force: true });
  await page.reload();
  await library.expectCount(3);
  const scanRow = library.row('pengumuman-scan.pdf');
  await expect(scanRow.locator('.doc-thumb.placeholder.unavailable')).toBeVisible();
  await expect(scanRow.locator('img')).toHaveCount(0);
});

test('records hint that one person is written two ways, and one key merges them', async ({ page }) => {
  const token = new URL(host.url).hash.replace('#token=', '');
  const api = async (method: string, args: unknown) => {
    const response = await page.request.post(new URL(`/api/${method}`, host.url).href, {
      headers: { 'x-lontar-token': token, 'content-type': 'application/json' },
      data: JSON.stringify(args),
    });
    expect(response.ok(), await response.text()).toBe(true);
    return (await response.json()) as { value: unknown };
  };
  const list = (await api('documents.list', { sort: 'name' })).value as { items: Array<{ id: number }> };
  const documentId = list.items[0]!.id;
  // A clerk added the same official twice, once by the full name and once by the short form.
  for (const [start, name] of [
    [0, 'Toha Tohet'],
    [20, 'Toha'],
  ] as const) {
    await api('entities.add', { documentId, type: 'official', start, end: start + 4, normalized: name });
  }

  const records = new RecordsPage(page);
  await records.open(host.url);
  await records.go('Data induk');
  await page.getByRole('combobox', { name: 'Jenis entitas' }).selectOption('official');
  const short = records.row('Toha');
  await expect(short.getByTestId('likely-duplicates')).toContainText('Toha Tohet');
  await expect(records.row('Toha Tohet').getByTestId('likely-duplicates')).toContainText('Toha');
  await records.screenshot('issue11-records-hint');
  await short.getByRole('button', { name: 'Toha Tohet', exact: true }).focus();
  await page.keyboard.press('m');
  await expect(records.row('Toha')).toHaveCount(0);
  await expect(records.row('Toha Tohet').getByRole('list', { name: 'Kunci yang digabungkan' })).toContainText('Toha');
  await expect(records.row('Toha Tohet').getByTestId('likely-duplicates')).toHaveCount(0);
});
