import { describe, expect, it } from 'vitest';
import { findDates, isoDate } from '../../../shared/extract/extractors/date.ts';
import { tokenize } from '../../../shared/extract/text/tokenize.ts';

const dates = (text: string) => findDates(text, []);

describe('dates', () => {
  it('reads the Indonesian forms into ISO dates', () => {
    expect(dates('Jumat 25/4/2025').map((d) => [d.key, d.attributes.weekday])).toEqual([['2025-04-25', 'Jumat']]);
    expect(dates('pada Kamis (13/3/2025).').map((d) => [d.key, d.attributes.weekday])).toEqual([['2025-03-13', 'Kamis']]);
    expect(dates('digelar 14 Maret 2025 di Palembang').map((d) => d.key)).toEqual(['2025-03-14']);
    const withTime = dates('Selasa, 15 Oktober 2019 - 13:30 WIB')[0];
    expect(withTime?.key).toBe('2019-10-15');
    expect(withTime?.attributes).toEqual({ weekday: 'Selasa', time: '13:30 WIB' });
    expect(dates('Jumat 26-01-2024,18:05 WIB')[0]?.attributes.time).toBe('18:05 WIB');
    expect(dates("Jum'at, 14 Maret 2025 - sumsel")[0]?.attributes.weekday).toBe("Jum'at");
    expect(dates('hari Kamis tanggal 18 Agustus 2022')[0]?.attributes.weekday).toBe('Kamis');
    expect(dates('Pada tanggal: 5 Juni Tahun 2024').map((d) => d.key)).toEqual(['2024-06-05']);
    expect(dates('Diterbitkan 2024-06-03 10:15, periode 2025-2030, kode 2024-13-40').map((d) => d.key)).toEqual(['2024-06-03']);
  });

  it('reads old spellings and English month names', () => {
    expect(dates('1 Pebruari 1999, 10 Nopember 2001, 5 Agt 2020').map((d) => d.key)).toEqual(['1999-02-01', '2001-11-10', '2020-08-05']);
    expect(dates('October 15, 2019 and 3 March 2020 and Sept 1st, 2021').map((d) => d.key)).toEqual([
      '2019-10-15',
      '2020-03-03',
      '2021-09-01',
    ]);
  });

  it('rejects impossible dates and things that are not full dates', () => {
    expect(isoDate(2024, 2, 31)).toBeNull();
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(dates('31 Februari 2024, 32/1/2024, 12/13/2024')).toEqual([]);
    expect(dates('Senin (10/2), Kamis (22/12), periode 2025-2030, tahun 2024, NIP. 197704201996021001, nilai 4,57')).toEqual([]);
  });

  it('gives spans into the text', () => {
    const text = 'Acara pada Jumat 25/4/2025 di Jakarta.';
    const [d] = dates(text);
    expect(d && text.slice(d.start, d.end)).toBe('25/4/2025');
  });

  it('finds the same dates when given the tokens (patterns tried only where digits begin)', () => {
    // Dates and near-dates glued in every way, from a fixed seed: runs of digits longer than a
    // day or a year, a date right after another, look-behind cases (a letter, a digit, "²" before).
    const glue = ['', ' ', 'a', '1', '-', '/', '.', ',', 'th, ', ' tahun ', '\n', '²'];
    const days = ['1', '05', '31', '123'];
    const seps = ['-', '/', '.', ' ', ''];
    const months = ['06', '13', 'Maret', 'Sept.', 'October'];
    const years = ['2024', '1999', '12024', '24'];
    let seed = 7;
    const pick = (xs: readonly string[]): string =>
      xs[Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 65536) % xs.length] as string;
    let withDates = 0;
    for (let t = 0; t < 3000; t++) {
      let text = '';
      for (let k = 0; k < 3; k++) {
        text += pick(glue) + pick(days) + pick(seps) + pick(months) + pick(seps) + pick(years);
        text += pick(['', '-', ' ']) + pick(years) + pick(['-', '']) + pick(months) + '-' + pick(days) + pick(glue);
      }
      const plain = findDates(text, []);
      if (plain.length) withDates++;
      expect(findDates(text, [], text, tokenize(text))).toEqual(plain);
    }
    expect(withDates).toBeGreaterThan(200);
    const tricky = '12024-06-03 2024-06-2024-01-01 1/2/20244 3 Maret 2024 5/5/2025';
    expect(findDates(tricky, [], tricky, tokenize(tricky)).map((d) => d.key)).toEqual(findDates(tricky, []).map((d) => d.key));
  });
});
