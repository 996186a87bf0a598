import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import { preparedResources } from './corpus.ts';

// Every regular expression and scan must stay linear: adversarial text of 1 MB and 4 MB
// (long runs of digits, dots and commas, capitalised words, titles without names, titles
// that open names, agenda numbers without a year, dotted host names, one giant word; table
// rows, labelled fields and NIP rows on one endless line, OCR look-alikes, listed results).
// A quadratic path would make the 4 MB run ~16x slower; linear is ~4x.

function adversarial(size: number): string {
  const part = Math.floor(size / 17);
  const fill = (unit: string): string => unit.repeat(Math.ceil(part / unit.length)).slice(0, part);
  return [
    '7'.repeat(part),
    fill('.'),
    fill(','),
    fill('4,5'),
    fill('1.2.3.'),
    fill('Kabupaten Bupati Kepala Dinas Sosial Ombudsman RI Perwakilan Nomor Tahun Peraturan Menteri Keputusan '),
    fill('Kepala Bagian Organisasi Setda Kab. Muba, '),
    fill('H. Dr. Ir. Hj. S.Sos, M.AP, '),
    fill('Nomor 1/2/3/4/5/6/7/8/'),
    fill('a.b.c.d.e.'),
    fill('\nBACA JUGA:\n[[ (( Rp 4,57 nilai 9'),
    fill('Dinas Sosial 4,52 Kota Solok meraih 85,60, 4,61, 4,55 dan '),
    fill('Nama : Drs. Budi Santoso, M.Si | 1 | Budi Santoso | 19700101 | '),
    fill('1  Drs. Budi Santoso, M.Si    NIP 19700101 199503 1 002    Kepala Dinas\n'),
    fill('Hu1u Se1atan l5 2O22 Nomor B/1/A.2/ Puskesrnas Nornor '),
    fill('RSUD dr. H. R. Soe Camat Kuta, Dinas Komunikasi, Informatika, Statistik, '),
    'A' + 'a'.repeat(part),
  ].join(' ');
}

function timeIt(fn: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('linear time on adversarial input', () => {
  it('takes at most 6x as long for 4 MB as for 1 MB', async () => {
    const res = await preparedResources();
    const small = adversarial(1 << 20);
    const large = adversarial(4 << 20);
    extractDocument(adversarial(1 << 16), res); // warm up the JIT
    const t1 = timeIt(() => extractDocument(small, res));
    const t4 = timeIt(() => extractDocument(large, res));
    console.log(`adversarial 1 MB: ${t1.toFixed(0)} ms, 4 MB: ${t4.toFixed(0)} ms (ratio ${(t4 / t1).toFixed(2)})`);
    expect(t4).toBeLessThanOrEqual(6 * t1);
  }, 120_000);
});
