import type { ExtractionResources, HonorificEntry } from '../resources.ts';
import type { PreparedRegions } from './region-gazetteer.ts';
import type { PreparedOrganizations } from './organization-gazetteer.ts';
import { buildPhraseIndex } from './phrase-index.ts';
import type { PhraseIndex } from './phrase-index.ts';
import { phraseTokens } from '../text/tokenize.ts';
import { compact } from '../normalize/text-forms.ts';

export interface PreparedPeople {
  /** Positions by their tokens ("wakil bupati", "plt ."); value = the form as listed. */
  positions: PhraseIndex<string>;
  /** Honorifics by compact spelling ("hm" for "H.M.", "H. M.", "HM"). */
  honorifics: Map<string, HonorificEntry>;
  /** Case matters for a few forms: "dr" is an honorific, "DR" in capitals too. */
  degrees: Set<string>;
  /** Words that continue a position's title. */
  roleWords: Set<string>;
  /** Words that are never part of a person's name. */
  stopWords: Set<string>;
  /** Words that cannot open a name: stop words, listed role words, position and level words. */
  nameBlockers: Set<string>;
  /** Longest honorific / degree written form, in tokens (bounds the look-ahead). */
  maxTitleTokens: number;
}

/** Words of legal headings: never names, even in capitals ("KEPUTUSAN", "SALINAN"). */
const HEADING_WORDS = [
  'keputusan',
  'peraturan',
  'nomor',
  'tentang',
  'menimbang',
  'mengingat',
  'memutuskan',
  'menetapkan',
  'salinan',
  'lampiran',
  'tuhan',
  'maha',
  'esa',
  'ttd',
  'nip',
  'pangkat',
  'golongan',
  'pembina',
  'penata',
  'muda',
  'tingkat',
  'diundangkan',
  'ditetapkan',
  'disahkan',
  'pada',
  'tanggal',
  'berita',
  'lembaran',
  'daerah',
  'negara',
  'sesuai',
  'aslinya',
  'selaku',
  'bidang',
  'kab',
  'kota',
  'provinsi',
  'pemerintah',
  'undang',
  'presiden',
  'republik',
  'indonesia',
  'penjelasan',
  'bab',
  'pasal',
  'ayat',
  'paragraf',
  'huruf',
  'angka',
  'umum',
  'ketentuan',
  'penutup',
  'peralihan',
  'cukup',
  'jelas',
  'menyetujui',
  'memutuskan',
  'kesatu',
  'kedua',
  'ketiga',
  'keempat',
  'kelima',
  'catatan',
  'tembusan',
  'agenda',
];
/** Compass words end region names ("Sulawesi Utara"); they do not open a person's name. */
const COMPASS = ['utara', 'selatan', 'barat', 'timur', 'tengah', 'tenggara', 'daya', 'laut', 'raya'];

export function preparePeople(res: ExtractionResources, regions: PreparedRegions, orgs: PreparedOrganizations): PreparedPeople {
  const positions = buildPhraseIndex(res.positions.map((p) => ({ tokens: phraseTokens(p), value: p })));
  const honorifics = new Map<string, HonorificEntry>();
  let maxTitleTokens = 1;
  for (const h of res.honorifics) {
    honorifics.set(compact(h.form), h);
    maxTitleTokens = Math.max(maxTitleTokens, phraseTokens(h.form).length);
  }
  const degrees = new Set<string>();
  for (const d of res.degrees) {
    degrees.add(compact(d));
    maxTitleTokens = Math.max(maxTitleTokens, phraseTokens(d).length);
  }
  const roleWords = new Set(res.roleWords.map((w) => w.toLowerCase()));
  for (const w of orgs.fieldWords) roleWords.add(w);
  for (const p of res.positions) for (const t of phraseTokens(p)) if (/\p{L}/u.test(t)) roleWords.add(t);
  for (const key of regions.levelWords.keys()) roleWords.add(key);
  const stopWords = new Set(res.stopWords.map((w) => w.toLowerCase()));
  for (const w of HEADING_WORDS) stopWords.add(w);
  const nameBlockers = new Set([
    ...stopWords,
    ...COMPASS,
    ...res.roleWords.map((w) => w.toLowerCase()),
    ...regions.levelWords.keys(),
    ...orgs.headWords,
  ]);
  for (const p of res.positions) nameBlockers.add(phraseTokens(p)[0] as string);
  return { positions, honorifics, degrees, roleWords, stopWords, nameBlockers, maxTitleTokens };
}
