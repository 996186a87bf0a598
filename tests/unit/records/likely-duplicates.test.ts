import { describe, expect, it } from 'vitest';
import { duplicateSimilarity, likelyDuplicates } from '../../../shared/records/likely-duplicates.ts';

// Issue 11: records hint that one person or one unit is written two ways.
describe('likely duplicates', () => {
  it('pairs a short form of a name with the full one, and close spellings', () => {
    expect(duplicateSimilarity('official', 'Toha', 'Toha Tohet')).toBeGreaterThan(0.9);
    expect(duplicateSimilarity('official', 'Efendi', 'Effendi')).toBeGreaterThan(0.94);
    expect(duplicateSimilarity('official', 'Ahmad Efendi', 'Ahmad Effendi')).toBeGreaterThan(0.94);
    // Diacritics and case do not make two people.
    expect(duplicateSimilarity('official', 'Andi Mappanyukki', 'ANDI MAPPANYUKKÍ')).toBe(1);
  });

  it('leaves apart names that only look alike', () => {
    expect(duplicateSimilarity('official', 'Hendra', 'Hendri')).toBe(0);
    expect(duplicateSimilarity('official', 'Sutrisno', 'Sutarno')).toBe(0);
    // A shared surname is not a shared person: the first word must match.
    expect(duplicateSimilarity('official', 'Tohet', 'Toha Tohet')).toBe(0);
    expect(duplicateSimilarity('official', 'Rina Wati', 'Rina Sari')).toBe(0);
  });

  it('pairs one unit under two keys only when two words at least are shared', () => {
    expect(duplicateSimilarity('organization', 'Dinas Sosial', 'Dinas Sosial Kabupaten Bone')).toBeGreaterThan(0.9);
    expect(duplicateSimilarity('organization', 'Dinas', 'Dinas Sosial')).toBe(0);
    expect(duplicateSimilarity('organization', 'Dinas Pendidikan', 'Dinas Perdagangan')).toBe(0);
    expect(duplicateSimilarity('organization', 'Badan Pusat Statistik', 'Badan Pusat Statistk')).toBeGreaterThan(0.94);
  });

  it('gives each record its likeliest twins, never across types that have exact keys', () => {
    const records = ['Toha Tohet', 'Toha', 'Efendi', 'Effendi', 'Budi Santoso'].map((key) => ({ key, label: key }));
    const hints = likelyDuplicates('official', records);
    expect(hints.get('Toha')?.map((h) => h.key)).toEqual(['Toha Tohet']);
    expect(hints.get('Effendi')?.map((h) => h.key)).toEqual(['Efendi']);
    expect(hints.has('Budi Santoso')).toBe(false);
    expect(
      likelyDuplicates('region', [
        { key: '16.06', label: 'Musi Banyuasin' },
        { key: '16.06', label: 'Muba' },
      ]).size,
    ).toBe(0);
  });
});
