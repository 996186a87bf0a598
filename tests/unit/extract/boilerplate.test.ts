import { describe, expect, it } from 'vitest';
import { detectBoilerplate } from '../../../shared/extract/text/boilerplate.ts';
import { keys } from './helpers.ts';

const skippedText = (text: string): string[] => detectBoilerplate(text).map((r) => text.slice(r.start, r.end));

describe('boilerplate', () => {
  it('skips teasers on their line and on the next line', () => {
    const text = 'Isi berita.\nBACA JUGA:Bawaslu Banyuasin Diminta Aktif\nBaca Juga:\nWow! Muba Jadi Pionir\nLanjutan isi.';
    expect(skippedText(text)).toEqual(['BACA JUGA:Bawaslu Banyuasin Diminta Aktif', 'Baca Juga:', 'Wow! Muba Jadi Pionir']);
  });

  it('skips related-article lists, comment sections, bylines, credits and site names', () => {
    const text = [
      'KORANHARIANBANYUASIN.ID - Isi berita di Muba.',
      'Kantor Bupati Sleman. [Afif Afandi/Google]',
      'Reporter : Mujianto',
      '(Eko B Art)',
      'Berita Terkait',
      'Pemkab Muba raih prestasi pelayanan publik 2024',
      'Senin, 18 November 2024 8:45 Wib',
      '',
      '',
      'Komentar',
      'Terbaru',
    ].join('\n');
    const skipped = skippedText(text);
    expect(skipped).toContain('KORANHARIANBANYUASIN.ID');
    expect(skipped).toContain('[Afif Afandi/Google]');
    expect(skipped).toContain('Reporter : Mujianto');
    expect(skipped).toContain('(Eko B Art)');
    expect(skipped).toContain('Pemkab Muba raih prestasi pelayanan publik 2024');
    expect(skipped).toContain('Senin, 18 November 2024 8:45 Wib');
    expect(skipped.some((s) => s.startsWith('Komentar'))).toBe(true);
    expect(skipped.join('\n')).not.toContain('Isi berita di Muba');
    expect(skipped.join('\n')).not.toContain('Kantor Bupati Sleman.');
  });

  it('extracts nothing from skipped ranges', async () => {
    const text =
      'Isi tentang Kota Medan.\nBACA JUGA:Bawaslu Banyuasin Diminta Aktif\nBerita Terkait\nPolisi tangani kebakaran di Kabupaten Sleman\nSabtu, 23 November 2024 7:24 Wib';
    expect(await keys(text, 'region')).toEqual(['12.71']);
    expect(await keys(text, 'date')).toEqual([]);
  });
});
