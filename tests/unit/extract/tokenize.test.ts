import { describe, expect, it } from 'vitest';
import {
  FLAG_CAP,
  FLAG_UPPER,
  KIND_NUM,
  KIND_PUNCT,
  KIND_WORD,
  lowerSameLength,
  tokText,
  tokenize,
} from '../../../shared/extract/text/tokenize.ts';

describe('tokenize', () => {
  it('keeps offsets, case and line breaks', () => {
    const text = "Jum'at 25/4/2025,\nBupati HM.Toha MUBA";
    const ts = tokenize(text);
    const words = Array.from({ length: ts.count }, (_, i) => tokText(ts, i));
    expect(words).toEqual(["Jum'at", '25', '/', '4', '/', '2025', ',', 'Bupati', 'HM', '.', 'Toha', 'MUBA']);
    for (let i = 0; i < ts.count; i++) expect(text.slice(ts.start[i], ts.end[i])).toBe(words[i]);
    expect(ts.kind[0]).toBe(KIND_WORD);
    expect(ts.kind[1]).toBe(KIND_NUM);
    expect(ts.kind[2]).toBe(KIND_PUNCT);
    expect(ts.nl[7]).toBe(1);
    expect((ts.flags[8] as number) & FLAG_UPPER).toBeTruthy();
    expect((ts.flags[10] as number) & FLAG_CAP).toBeTruthy();
    expect((ts.flags[10] as number) & FLAG_UPPER).toBeFalsy();
  });

  it('lower-cases without moving offsets', () => {
    expect(lowerSameLength('İstanbul KOTA').length).toBe('İstanbul KOTA'.length);
    expect(lowerSameLength('KOTA Medan')).toBe('kota medan');
  });
});
