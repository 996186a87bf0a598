import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../electron/backend/import/read-document.ts';
import { createOcrPool } from '../../../electron/backend/import/ocr-pool.ts';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import { buildImagePdf } from '../../helpers/fixtures/pdf.ts';
import { registerFixtureFont } from '../../helpers/fixtures/fonts.ts';
import { pageToPng, renderScannedPage } from '../../helpers/fixtures/scan.ts';
import { preparedResources } from '../../unit/extract/corpus.ts';

/*
 * A scanned keputusan whose date was stamped into "pada tanggal" in blue ink: the page's OCR
 * reads blue ink as paper (so that a stamp does not hide the name), and the import reads the
 * Penutup's zones a second time with the ink kept. Real OCR on a page composed from the drafting
 * rules.
 */
const pool = createOcrPool();
afterAll(() => pool.terminate());

const KEPUTUSAN = [
  'KEPUTUSAN KEPALA ARSIP DAERAH KABUPATEN SUKAMULYA',
  'NOMOR 12 TAHUN 2024',
  'TENTANG',
  'PENETAPAN JADWAL RETENSI ARSIP',
  'KEPALA ARSIP DAERAH KABUPATEN SUKAMULYA,',
  'Menimbang : bahwa jadwal retensi arsip perlu ditetapkan dengan Keputusan Kepala Arsip Daerah;',
  'Mengingat : Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;',
  'MEMUTUSKAN:',
  'Menetapkan : KEPUTUSAN KEPALA ARSIP DAERAH TENTANG PENETAPAN JADWAL RETENSI ARSIP.',
  'KESATU : Jadwal retensi arsip ditetapkan sebagaimana tercantum dalam Lampiran.',
  'KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
  'Ditetapkan di Sukamulya',
  'pada tanggal',
  'KEPALA ARSIP DAERAH,',
  'BUDI HARTONO',
].join('\n');

describe('the Penutup of a scan read a second time', async () => {
  const page = renderScannedPage(KEPUTUSAN);
  // The date stamp, in blue, after "pada tanggal" (lines advance 1.45 em, paragraphs half a line more).
  const px = (11 * page.dpi) / 72;
  const index = page.lines.indexOf('pada tanggal');
  const y = page.dpi + px + page.lines.slice(0, index).reduce((sum, line) => sum + (line ? px * 1.45 : px * 0.725), 0);
  const ctx = page.canvas.getContext('2d');
  ctx.font = `${px}px ${registerFixtureFont()}`;
  ctx.fillStyle = '#1f3fbf';
  ctx.fillText('27 JULI 2024', page.dpi + ctx.measureText('pada tanggal   ').width, y);
  const pdf = await buildImagePdf([{ bytes: await pageToPng(page), format: 'png' }]);
  const doc = await readDocument({ bytes: pdf, name: 'keputusan.pdf' }, { ocr: 'auto', ocrPool: pool });

  it('reads the stamped date from the date zone, which the page text does not hold', async () => {
    expect(doc.text).not.toMatch(/JULI/);
    const zones = doc.pages[0]!.zones ?? [];
    expect(zones.map((z) => z.purpose)).toContain('penutup-signature');
    expect(
      zones
        .filter((z) => z.purpose === 'penutup-date')
        .map((z) => z.text)
        .join('\n'),
    ).toMatch(/27 JULI 2024/);
    const r = extractDocument(doc.text, await preparedResources(), { pages: doc.pages });
    expect(r.particulars).toMatchObject({ number: '12', year: 2024, date_established: '2024-07-27', signatory: 'Budi Hartono' });
    const source = r.particulars_sources.date_established!;
    expect(source).toMatchObject({ page: 1, weak: true, rule: 'penutup.zone.tanggal' });
    // The box is on the stamp, to the right of "pada tanggal", at its line's height.
    expect(source.box!.x).toBeGreaterThan(page.dpi / 2);
    expect(Math.abs(source.box!.y - y / 2)).toBeLessThan(px);
  });
}, 180_000);
