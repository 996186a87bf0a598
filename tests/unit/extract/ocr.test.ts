import { describe, expect, it } from 'vitest';
import { repairOcr } from '../../../shared/extract/text/ocr.ts';
import { records } from './helpers.ts';

describe('OCR look-alike repairs', () => {
  it('repairs digits inside words and letters inside numbers, keeping the length', () => {
    for (const [raw, fixed] of [
      ['Kabupaten Hu1u Sungai Se1atan', 'Kabupaten Hulu Sungai Selatan'],
      ['Nomor l5 Tahun 2O22', 'Nomor 15 Tahun 2022'],
      ['tahun 20l9', 'tahun 2019'],
    ] as const) {
      expect(repairOcr(raw)).toBe(fixed);
      expect(repairOcr(raw).length).toBe(raw.length);
    }
    // Real codes and words are left alone.
    expect(repairOcr('Covid-19, G20, S1 Kesehatan, 4,57, M.Si, l0ve-é2O22')).toBe('Covid-19, G20, S1 Kesehatan, 4,57, M.Si, love-é2O22');
  });

  it('reads entities from the repaired text with spans and surfaces from the original', async () => {
    const text = 'Bupati Hu1u Sungai Se1atan menetapkan standar pelayanan Puskesrnas Kandangan pada l4 Juni 2O22.';
    const [region] = await records(text, 'region');
    expect(region?.normalized).toBe('63.06');
    expect(region?.text).toBe('Hu1u Sungai Se1atan');
    expect((await records(text, 'date')).map((d) => [d.normalized, d.text])).toEqual([['2022-06-14', 'l4 Juni 2O22']]);
    expect((await records(text, 'organization')).map((o) => o.normalized)).toEqual(['Pusat Kesehatan Masyarakat Kandangan']);
  });
});
