/**
 * A cheap language guess for imported text: Indonesian or English, by counting a few very
 * frequent function words of each. Enough to label a document; not a general identifier.
 */
const INDONESIAN = new Set([
  'yang',
  'dan',
  'di',
  'ke',
  'dari',
  'dengan',
  'untuk',
  'dalam',
  'pada',
  'ini',
  'itu',
  'tidak',
  'akan',
  'telah',
  'juga',
  'adalah',
  'bahwa',
  'oleh',
  'sebagai',
  'atau',
  'kepada',
  'tentang',
  'serta',
]);
const ENGLISH = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'is',
  'that',
  'for',
  'it',
  'with',
  'as',
  'was',
  'on',
  'are',
  'by',
  'this',
  'be',
  'from',
  'which',
  'have',
]);

export function detectLanguage(text: string): 'id' | 'en' | null {
  let id = 0;
  let en = 0;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    if (INDONESIAN.has(word)) id += 1;
    else if (ENGLISH.has(word)) en += 1;
  }
  if (id + en < 3) return null;
  if (id >= en * 2) return 'id';
  if (en >= id * 2) return 'en';
  return null;
}
