import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en.ts';
import { id } from '../../../renderer/src/i18n/id.ts';
import { ATTRIBUTE_FIELDS } from '../../../renderer/src/features/review/attribute-fields.ts';

/*
 * Words for clerks (issue 11, item 4): every label exists in Indonesian and English, and an
 * Indonesian label identical to its English one is a missed translation unless the word is
 * the same in both languages. That list is explicit: add to it only such words.
 */
const SAME_IN_BOTH = new Set(['Lontar', 'PDF', 'HTML', 'DOCX', 'OCR', 'CSV', 'JSONL', 'Status', 'Format']);

/** Placeholders and punctuation only ("({size})"): nothing to translate. */
const hasWords = (s: string): boolean => /\p{L}{2,}/u.test(s.replace(/\{[^}]*\}/g, ''));

const idCatalog: Record<string, string> = id;
const enCatalog: Record<string, string> = en;

describe('the UI catalogs', () => {
  it('give every English label an Indonesian one, not empty', () => {
    const missing = Object.keys(enCatalog).filter((k) => typeof idCatalog[k] !== 'string' || !idCatalog[k]?.trim());
    expect(missing).toEqual([]);
    expect(Object.keys(idCatalog).filter((k) => !(k in enCatalog))).toEqual([]);
  });

  it('translate every label, except words the same in both languages', () => {
    const untranslated = Object.keys(enCatalog).filter(
      (k) => idCatalog[k] === enCatalog[k] && hasWords(enCatalog[k] as string) && !SAME_IN_BOTH.has(enCatalog[k] as string),
    );
    expect(untranslated).toEqual([]);
  });

  it('name every attribute the review panel shows and every region level', () => {
    const names = new Set(
      Object.values(ATTRIBUTE_FIELDS)
        .flat()
        .map((f) => f.name),
    );
    for (const name of names) {
      expect(idCatalog[`attr.${name}`], `attr.${name}`).toBeTruthy();
      expect(enCatalog[`attr.${name}`], `attr.${name}`).toBeTruthy();
    }
    for (const level of ['province', 'regency', 'city']) {
      expect(idCatalog[`level.${level}`], level).toBeTruthy();
      expect(idCatalog[`level.${level}`]).not.toBe(enCatalog[`level.${level}`]);
    }
  });

  it('fails on an untranslated label (the check can fail)', () => {
    const broken: Record<string, string> = { ...idCatalog, 'review.details': enCatalog['review.details'] as string };
    expect(
      Object.keys(enCatalog).filter(
        (k) => broken[k] === enCatalog[k] && hasWords(enCatalog[k] as string) && !SAME_IN_BOTH.has(enCatalog[k] as string),
      ),
    ).toEqual(['review.details']);
  });
});
