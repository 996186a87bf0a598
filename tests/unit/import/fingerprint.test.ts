import { describe, expect, it } from 'vitest';
import {
  computeFingerprint,
  fingerprintFromHex,
  fingerprintSimilarity,
  fingerprintToHex,
  isNearDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
} from '../../../shared/text/fingerprint.ts';
import { devText, devTextNames } from '../../helpers/fixtures/paths.ts';

/** What a second outlet does to a press release: its own header, byline and footer, a sentence cut, words changed. */
function republish(text: string): string {
  const paragraphs = text.split('\n').filter((p) => p.trim());
  const edited = paragraphs
    .filter((_, i) => i !== paragraphs.length - 2)
    .map((p, i) => (i === 1 ? p.replace(/\bmenerima\b/g, 'memperoleh').replace(/\bdalam\b/g, 'di dalam') : p));
  return [
    'BERANDA | NASIONAL | DAERAH | EKONOMI | OLAHRAGA',
    'Kabar Nusantara Online — Senin, 10 Februari 2025 14:20 WIB',
    'Penulis: Redaksi | Editor: Tim Kabar',
    ...edited,
    'Baca juga: Jadwal Pelayanan Samsat Keliling Pekan Ini',
    '© 2025 Kabar Nusantara. Dilarang mengutip tanpa izin.',
  ].join('\n');
}

describe('near-duplicate fingerprint', () => {
  const names = devTextNames();
  const texts = new Map(names.map((name) => [name, devText(name)]));

  it('scores every pair of different dev-corpus articles below the threshold', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    const prints = names.map((name) => computeFingerprint(texts.get(name) ?? ''));
    let highest = 0;
    for (let i = 0; i < prints.length; i += 1) {
      for (let j = i + 1; j < prints.length; j += 1) {
        const similarity = fingerprintSimilarity(prints[i]!, prints[j]!);
        highest = Math.max(highest, similarity);
        expect(similarity, `${names[i]} vs ${names[j]}`).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
      }
    }
    // Different articles on the same subject share only stock phrases.
    expect(highest).toBeLessThan(0.2);
  });

  it('scores an article against a lightly edited copy with different chrome above the threshold', () => {
    for (const name of names) {
      const original = texts.get(name) ?? '';
      const copy = republish(original);
      expect(copy).not.toBe(original);
      const similarity = fingerprintSimilarity(computeFingerprint(original), computeFingerprint(copy));
      expect(similarity, name).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
      expect(isNearDuplicate(computeFingerprint(original), computeFingerprint(copy))).toBe(true);
    }
  });

  it('ignores case, punctuation, accents and layout', () => {
    const a = computeFingerprint('Kabupaten Musi Banyuasin meraih predikat "Pelayanan Prima", nilai 4,57.');
    const b = computeFingerprint('KABUPATEN MUSI BANYUASIN\nmeraih predikat Pelayanan Prima — nilai 4 57');
    expect(fingerprintSimilarity(a, b)).toBe(1);
  });

  it('is deterministic and survives storage as hex', () => {
    const text = texts.get(names[0]!) ?? '';
    const first = computeFingerprint(text);
    expect(computeFingerprint(text)).toEqual(first);
    const hex = fingerprintToHex(first);
    expect(hex).toMatch(/^[0-9a-f]{1024}$/);
    expect(fingerprintFromHex(hex)).toEqual(first);
    expect(() => fingerprintFromHex('zz')).toThrow();
  });

  it('never matches empty text', () => {
    expect(fingerprintSimilarity(computeFingerprint(''), computeFingerprint(''))).toBe(0);
    expect(fingerprintSimilarity(computeFingerprint('...'), computeFingerprint('Kabupaten'))).toBe(0);
  });
});
