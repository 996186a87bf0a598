import { yearInNumber } from '../review/validate-particulars.ts';

/**
 * A decree's record key as ENTITIES.md writes it: NUMBER/YEAR, or the number alone when it
 * already ends in its year ("800/1234/BKPSDM/2021"). Null without a number.
 */
export function decreeKey(number: string | null, year: number | null): string | null {
  if (!number) return null;
  const compact = number.replace(/\s*\/\s*/g, '/').trim();
  if (yearInNumber(compact) !== null || year === null) return compact;
  return `${compact}/${year}`;
}

/** Issuers agree when one names the other after folding case and punctuation ("Bupati Donggala" ~ "BUPATI DONGGALA,"). */
export function issuersAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  const fold = (s: string) =>
    s
      .toLocaleLowerCase('id')
      .normalize('NFD')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const x = fold(a);
  const y = fold(b);
  return x.includes(y) || y.includes(x);
}
