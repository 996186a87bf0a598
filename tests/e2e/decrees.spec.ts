import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { composedDecreeText } from '../helpers/decree-parts.ts';
import { buildTextPdf } from '../helpers/fixtures/pdf.ts';
import { parseCsv } from './helpers/csv.ts';
import { ExportPage } from './pages/export-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { ParticularsPage } from './pages/particulars-page.ts';
import { freshDataDir, startWebHost } from './web-host.ts';
import type { WebHost } from './web-host.ts';

test("a clerk reviews a decree's particulars by keyboard, edits, undoes, confirms, and finds it all after a restart", async ({ page }) => {
  test.setTimeout(240_000);
  const dataDir = freshDataDir();
  // A keputusan composed from the drafting rules (DECREES.md), as a born-digital PDF: the real
  // engine reads its particulars, with page boxes from the text layer.
  const file = join(freshDataDir(), 'Dokumen-20260122074351.pdf');
  writeFileSync(file, (await buildTextPdf([composedDecreeText()])).bytes);
  let host: WebHost = await startWebHost(dataDir);
  try {
    const library = new LibraryPage(page);
    const form = new ParticularsPage(page);
    await library.open(host.url);
    // The unit's holding unit, once, in settings: every decree's form and export take it.
    await library.go('Pengaturan');
    await page.getByRole('textbox', { name: 'Lokasi (unit penyimpan)' }).fill('Bagian Hukum Setda Sukamaju');
    await page.getByRole('button', { name: 'Terapkan nilai bawaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Nilai bawaan disimpan.' })).toBeVisible();
    await library.go('Pustaka');
    await library.importFiles([file]);
    expect(await library.waitForImportSummary()).toContain('1 diimpor');
    await library.openByKeyboard('Dokumen-20260122074351.pdf');

    // An instrument opens on its particulars, the cursor on the first field.
    await expect(form.panel()).toBeVisible();
    await form.expectCursor('kind');
    await expect(form.value('number')).toHaveText('188.45/0545/DISPUS/2025');
    await expect(form.value('kind')).toHaveText('kepkada — Keputusan Kepala Daerah');
    await expect(form.recordStatus()).toHaveText('Rincian belum dikonfirmasi');
    await form.blur();

    // a accepts and moves on; the selected field's source is marked in the text.
    await form.pressKeys('a', 'a');
    await form.expectCursor('number');
    await form.expectState('kind', 'accepted');
    await expect(form.text().locator('.sel')).toHaveText('188.45/0545/DISPUS/2025');
    await expect(page.getByTestId('field-source-box')).toBeVisible();
    await form.pressKeys('a');

    // A year that disagrees with the number is refused in the field, and nothing changes.
    await form.expectCursor('year');
    await form.edit('2024');
    await expect(form.row('year').getByRole('alert')).toHaveText('Nomor berakhir dengan 2025, tetapi tahunnya 2024.');
    await form.pressKeys('Escape');
    await expect(form.value('year')).toHaveText('2025');
    await form.expectState('year', 'pending');

    // Correct the title, then undo it: the reading comes back.
    await form.pressKeys('j');
    await form.expectCursor('title');
    await form.edit('Penetapan Taman Bacaan Teladan');
    await expect(form.value('title')).toHaveText('Penetapan Taman Bacaan Teladan');
    await form.expectState('title', 'edited');
    await form.pressKeys('u');
    await expect(form.value('title')).toHaveText('Penetapan Taman Bacaan Masyarakat Teladan Kabupaten Sukamaju');
    await form.expectState('title', 'pending');

    // Correct the signatory for good, and give the file number (a clerk field).
    await form.moveTo('signatory');
    await form.edit('Ratna D. Lestari');
    await form.expectState('signatory', 'edited');
    await form.moveTo('nomor_berkas');
    await form.edit('12');
    await expect(form.value('nomor_berkas')).toHaveText('12');
    await expect(form.value('status')).toHaveText('Berlaku');
    await expect(form.row('lokasi')).toContainText('Bagian Hukum Setda Sukamaju(bawaan)');

    // c confirms the record: every field still pending is accepted with it.
    await form.pressKeys('c');
    await expect(form.recordStatus()).toHaveText('Rincian dikonfirmasi');
    await form.expectState('title', 'accepted');
    await form.expectSaved();
    await form.screenshot('particulars');

    // Restart the server: every decision is still there.
    await host.stop();
    host = await startWebHost(dataDir);
    await library.open(host.url);
    await library.openByKeyboard('Dokumen-20260122074351.pdf');
    await expect(form.panel()).toBeVisible();
    await expect(form.recordStatus()).toHaveText('Rincian dikonfirmasi');
    await expect(form.value('title')).toHaveText('Penetapan Taman Bacaan Masyarakat Teladan Kabupaten Sukamaju');
    await expect(form.value('signatory')).toHaveText('Ratna D. Lestari');
    await form.expectState('signatory', 'edited');
    await form.expectState('kind', 'accepted');
    await form.expectState('year', 'accepted');
    await expect(form.value('nomor_berkas')).toHaveText('12');
    await form.pressKeys('h');
    await expect(page.getByTestId('history-panel')).toContainText('Rincian dikonfirmasi');
    await expect(page.getByTestId('history-panel')).toContainText('Rincian dikoreksi');

    // The library names the decree by kind, number and title, with its date; its number finds it.
    await form.pressKeys('b');
    const row = library.rows().first();
    await expect(row.locator('.doc-name')).toHaveText('Keputusan Bupati Nomor 188.45/0545/DISPUS/2025');
    await expect(row.getByTestId('decree-title')).toHaveText('Penetapan Taman Bacaan Masyarakat Teladan Kabupaten Sukamaju');
    await expect(row.getByTestId('date-established')).toHaveText('2025-11-03');
    await library.search().fill('188.45/0545');
    await library.expectCount(1);
    await library.search().fill('188.45/0546');
    await library.expectCount(0);
    await library.search().fill('');

    // The Export view writes the three decree files; the feed carries the confirmed decree.
    const exporter = new ExportPage(page);
    await exporter.go('Ekspor');
    const [feed] = await exporter.build('JDIHN', false);
    expect(feed!.name).toBe('jdihn.json');
    const entries = JSON.parse(feed!.bytes.toString('utf8')) as Array<Record<string, string>>;
    expect(entries).toEqual([
      expect.objectContaining({
        noPeraturan: '188.45/0545/DISPUS/2025',
        jenis: 'Keputusan Bupati',
        status: 'Berlaku',
        lokasi: 'Bagian Hukum Setda Sukamaju',
        operasi: '4',
      }),
    ]);
    await expect(page.getByTestId('export-summary')).toHaveText('1 produk hukum diekspor.');
    const [archive] = await exporter.build('Daftar Arsip', false);
    expect(archive!.name).toBe('daftar-arsip.csv');
    expect(parseCsv(archive!.bytes.toString('utf8').replace(/^\uFEFF/, ''))).toEqual([
      expect.objectContaining({ nomor_berkas: '12', tanggal: '2025-11-03', jumlah: '1' }),
    ]);

    // The records view lists the decree with what it cites (its Mengingat, not in this library).
    await exporter.go('Data induk');
    const cited = page.locator('[data-testid="decree-citation"][data-decree-key="188.45/0545/DISPUS/2025"]');
    await expect(cited).toContainText('Dirujuk oleh 0');
    await expect(cited).toContainText('Merujuk 2');
    await expect(cited).toContainText('23/2014 (tidak ada di pustaka)');
  } finally {
    await host.stop();
  }
});
