import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { LibraryPage } from './pages/library-page.ts';
import { ReviewPage } from './pages/review-page.ts';
import { freshDataDir, startWebHost } from './web-host.ts';

/*
 * Issue 11 in the browser: a day's real work. A 127-page Perda whose tariff annex names a
 * hundred regions opens with that table collapsed; the table is rejected in one step and the
 * step undone. A unit the extractor missed is added and its span corrected without the mouse,
 * and "c" says when no document is left to confirm. Screenshots go to test-results/screenshots.
 */
const sharedDir = process.env.LONTAR_SHARED_DIR ?? join(process.cwd(), '..', 'shared');
const PERDA = join(sharedDir, 'corpus', 'decrees', 'perda-banjarnegara-8-2025.pdf');

const pendingIn = async (counts: Locator): Promise<number> => Number(/(\d+) tertunda/.exec((await counts.textContent()) ?? '')?.[1]);

test.describe.configure({ mode: 'serial' });

test('a long decree opens with its tariff table collapsed; the table is rejected in one step and undone', async ({ page }) => {
  test.setTimeout(300_000);
  const host = await startWebHost(freshDataDir());
  try {
    const library = new LibraryPage(page);
    const review = new ReviewPage(page);
    await library.open(host.url);
    await library.importFiles([PERDA]);
    expect(await library.waitForImportSummary()).toContain('1 diimpor');
    await library.openByKeyboard('perda-banjarnegara-8-2025.pdf');

    // An instrument opens on its particulars; f switches to the entities, grouped by zone.
    await expect(page.getByTestId('particulars-panel')).toBeVisible();
    await review.blur();
    await review.pressKeys('f');
    const collapsed = page.locator('[data-testid="zone"][data-zone-kind="table"][data-collapsed="true"]').first();
    await expect(collapsed).toBeVisible();
    const table = page.locator(`[data-testid="zone"][data-zone-key="${await collapsed.getAttribute('data-zone-key')}"]`);
    const toggle = table.getByTestId('zone-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const inTable = Number(/(\d+) ·/.exec((await toggle.textContent()) ?? '')?.[1]);
    expect(inTable).toBeGreaterThan(100);
    // What is left open to read one by one is short: the body and the attachments' prose.
    await expect(review.entities()).not.toHaveCount(0);
    expect(await review.entities().count()).toBeLessThanOrEqual(30);
    const counts = page.getByTestId('review-counts');
    const pendingBefore = await pendingIn(counts);
    await review.screenshot('long-decree-zones-collapsed');

    // One click rejects the whole table: one step, said in the notice, counted in the toolbar.
    await table.getByRole('button', { name: 'Tolak semua' }).click();
    await expect(page.locator('.notice')).toContainText(`${inTable} entitas ditolak sekaligus.`);
    await review.expectSaved();
    expect(await pendingIn(counts)).toBe(pendingBefore - inTable);
    // Again on the same table: nothing pending there, so it says so and changes nothing.
    await table.getByRole('button', { name: 'Tolak semua' }).click();
    await expect(page.locator('.notice')).toContainText('Tidak ada entitas tertunda di sini: tidak ada yang diubah.');
    await toggle.click();
    await expect(table.getByTestId('entity-item').first()).toHaveAttribute('data-status', 'rejected');
    await review.screenshot('long-decree-table-rejected');

    // One undo brings the whole table back to pending; the history names the bulk step.
    await review.blur();
    await review.pressKeys('u');
    await review.expectSaved();
    await expect(counts).toContainText(`${pendingBefore} tertunda`);
    await expect(
      page.locator('[data-testid="zone"][data-zone-kind="table"] [data-testid="entity-item"][data-status="rejected"]'),
    ).toHaveCount(0);
    await review.pressKeys('h');
    await expect(page.getByTestId('history-panel')).toContainText(`Ditolak sekaligus — ${inTable} entitas: satu bagian`);
    await expect(page.getByTestId('history-panel')).toContainText('Diurungkan');
    await review.screenshot('long-decree-bulk-undone');
  } finally {
    await host.stop();
  }
});

test('a clerk adds a unit and corrects its span with the keyboard only, and c says when nothing is left', async ({ page }) => {
  test.setTimeout(180_000);
  const host = await startWebHost(freshDataDir());
  // Short lines, so a line of text is a line on screen; the unit on the last line is one no rule knows.
  const file = join(freshDataDir(), 'kabar-desa.txt');
  writeFileSync(
    file,
    ['Kabar Desa Sukamaju', 'Irigasi baru diresmikan di Kabupaten Banyumas pada 14 Maret 2025', 'Kelompok Tani Sumber Rejeki'].join('\n'),
  );
  try {
    const library = new LibraryPage(page);
    const review = new ReviewPage(page);
    await library.open(host.url);
    await library.importFiles([file]);
    expect(await library.waitForImportSummary()).toContain('1 diimpor');
    await library.openByKeyboard('kabar-desa.txt');
    await expect(review.entities()).not.toHaveCount(0);

    // t: the text takes the caret; to the top, two lines down, Shift+End selects the line.
    await review.blur();
    await review.pressKeys('t');
    await expect(review.text()).toBeFocused();
    await review.pressKeys('Control+Home', 'ArrowDown', 'ArrowDown');
    await expect(page.getByTestId('text-caret')).toBeVisible();
    await review.pressKeys('Shift+End');
    await review.screenshot('keyboard-selection');
    // n, then 3 (organisation): added, and it is the cursor.
    await review.pressKeys('n');
    await expect(page.getByRole('dialog', { name: 'Tambah entitas dari teks terpilih' })).toContainText('Kelompok Tani Sumber Rejeki');
    await review.pressKeys('3');
    await expect(review.entity('Kelompok Tani Sumber Rejeki')).toHaveAttribute('data-status', 'confirmed');
    await review.expectSelected('Kelompok Tani Sumber Rejeki');

    // The span by keyboard: past the text's end and across the date are refused with a message.
    await review.blur();
    await review.pressKeys('Alt+Shift+ArrowRight');
    await expect(page.locator('.notice')).toContainText('Rentang tidak bisa melewati awal atau akhir teks.');
    await review.pressKeys('Alt+ArrowLeft');
    await expect(page.locator('.notice')).toContainText('Rentang akan memotong entitas lain.');
    await expect(review.selected().getByTestId('entity-value')).toHaveText('Kelompok Tani Sumber Rejeki');
    // Narrowed by a word, then undone: the key follows the text, and comes back.
    await review.pressKeys('Alt+Shift+ArrowLeft');
    await expect(page.locator('.notice')).toContainText('Rentang diubah: “Kelompok Tani Sumber”.');
    await review.expectSelected('Kelompok Tani Sumber');
    await review.screenshot('keyboard-span-narrowed');
    await review.pressKeys('u');
    await review.expectSaved();
    await expect(review.entity('Kelompok Tani Sumber Rejeki')).toBeVisible();

    // B: decisions at once, by keyboard. The cursor's type has nothing pending (the clerk's unit is
    // accepted): it says so. The cursor's zone, the body, is rejected with r in one step and undone.
    const counts = page.getByTestId('review-counts');
    const pendingBefore = await pendingIn(counts);
    expect(pendingBefore).toBeGreaterThan(0);
    await review.pressKeys('B');
    const bulk = page.getByRole('dialog', { name: 'Terima atau tolak sekaligus' });
    await expect(bulk.getByTestId('bulk-scope-zone')).toBeFocused();
    await review.pressKeys('ArrowDown');
    await expect(bulk.getByTestId('bulk-scope-type')).toBeChecked();
    await review.pressKeys('r');
    await expect(page.locator('.notice')).toContainText('Tidak ada entitas tertunda di sini: tidak ada yang diubah.');
    await review.pressKeys('B');
    await expect(bulk.getByTestId('bulk-reject')).toHaveText(`Tolak ${pendingBefore}`);
    await review.pressKeys('r');
    await expect(page.locator('.notice')).toContainText(`${pendingBefore} entitas ditolak sekaligus.`);
    await expect(counts).toContainText('0 tertunda');
    await review.pressKeys('u');
    await expect(counts).toContainText(`${pendingBefore} tertunda`);

    // c with entities still pending asks; Enter confirms; no other document is left, and it says so.
    await review.pressKeys('c');
    await page.getByRole('button', { name: 'Tetap konfirmasi' }).waitFor();
    await review.pressKeys('Enter');
    await expect(page.locator('.notice')).toContainText('Semua dokumen lain dalam daftar ini juga sudah dikonfirmasi.');
    await expect(page).toHaveTitle('kabar-desa.txt — Lontar');
    await review.screenshot('keyboard-confirm-none-left');
  } finally {
    await host.stop();
  }
});
