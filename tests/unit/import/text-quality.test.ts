import { describe, expect, it } from 'vitest';
import { assessTextQuality, isWordLike, judgeTextQuality } from '../../../shared/text/text-quality.ts';
import { detectLanguage } from '../../../shared/text/language.ts';
import { devText, devTextNames } from '../../helpers/fixtures/paths.ts';

const shift = (text: string): string =>
  text
    .replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 3) % 26) + 97))
    .replace(/[A-Z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 65 + 3) % 26) + 65));
const privateUse = (text: string): string => text.replace(/[A-Za-z]/g, (c) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
const verdict = (text: string) => judgeTextQuality(assessTextQuality(text));

describe('text-layer quality', () => {
  it('accepts every dev-corpus article as good text', () => {
    for (const name of devTextNames()) expect(verdict(devText(name)), name).toBe('good');
  });

  it('flags letter-shifted and private-use mojibake as garbage', () => {
    for (const name of devTextNames()) {
      expect(verdict(shift(devText(name))), name).toBe('garbage');
      expect(verdict(privateUse(devText(name))), name).toBe('garbage');
    }
  });

  it('tells empty and sparse pages apart from real text', () => {
    expect(verdict('')).toBe('empty');
    expect(verdict('  \n ')).toBe('empty');
    expect(verdict('- 2 -')).toBe('sparse');
    expect(verdict('SALINAN\nBUPATI DONGGALA')).toBe('sparse');
  });

  it('accepts tables of numbers and abbreviations (annex pages)', () => {
    const table = Array.from({ length: 12 }, (_, i) => `${i + 1}) COD Per parameter pemeriksaan 60.000 40.000 100.000 Rp AAS`).join('\n');
    expect(verdict(table)).toBe('good');
  });

  it('knows words from letter soup', () => {
    for (const word of ['Kabupaten', 'DPRD', 'ASN', 'Banyuasin,', '(Dinsos)', 'pelayanan']) expect(isWordLike(word), word).toBe(true);
    for (const word of ['bcdfgh', 'HdqJkW', 'x', '1234']) expect(isWordLike(word), word).toBe(false);
  });

  it('guesses Indonesian and English', () => {
    expect(detectLanguage(devText('dev-001'))).toBe('id');
    expect(detectLanguage('The decree of the regent is in force from the date it is signed, and it was published.')).toBe('en');
    expect(detectLanguage('12 34 56')).toBeNull();
  });
});
