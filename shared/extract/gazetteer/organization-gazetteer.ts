import type { ExtractionResources, OrganizationEntry, UnitHeadEntry } from '../resources.ts';
import { buildPhraseIndex } from './phrase-index.ts';
import type { PhraseEntry, PhraseIndex } from './phrase-index.ts';
import { phraseTokens } from '../text/tokenize.ts';
import { compact, compactWithoutAndAscii } from '../normalize/text-forms.ts';

/** A written form of a known unit (full name, variant or abbreviation). */
export interface OrgForm {
  entry: OrganizationEntry;
  rule: string;
  /** All-capital abbreviation ("BPS", "KPU"): must be written in capitals. */
  upperOnly: boolean;
  abbreviation: string | null;
}

export interface PreparedOrganizations {
  /** Multi-word full names and variants ("Sistem Administrasi Manunggal Satu Atap"). */
  phrases: PhraseIndex<OrgForm>;
  /** Abbreviations and short forms by compact spelling ("kemenpanrb", "dinsos", "satpolpp"). */
  abbreviations: Map<string, OrgForm>;
  abbreviationPrefixes: Set<string>;
  /** Canonical entry by compact form without "dan" (for names assembled from a head + field). */
  canonicalByForm: Map<string, OrganizationEntry>;
  heads: PhraseIndex<UnitHeadEntry>;
  /** Compact abbreviation → expansion, used inside unit names ("dukcapil"). */
  fieldAbbreviations: Map<string, string>;
  /** Lower-case words that occur in unit names: a unit's field continues over them. */
  fieldWords: Set<string>;
  nonOrganizations: Set<string>;
  /** District names (lower case): where a facility's proper name ends ("RSUD Sekayu"). */
  placeNames: Set<string>;
  /** First tokens of every head, to stop one unit's field at the next unit. */
  headWords: Set<string>;
}

/** Role words that end a unit's field: levels, parents and positions, not parts of a unit's name. */
const NOT_FIELD_WORDS = new Set([
  'kabupaten',
  'kota',
  'provinsi',
  'kab',
  'prov',
  'kec',
  'pemda',
  'pemkab',
  'pemkot',
  'pemprov',
  'setda',
  'sekda',
  'kepala',
  'wakil',
  'ketua',
  'anggota',
  'staf',
  'asisten',
  'deputi',
  'sekretaris',
  'kecamatan',
  'kelurahan',
  'bagian',
  'biro',
  'dinas',
  'kementerian',
  'lembaga',
  'kantor',
  'inspektorat',
  'pelaksana',
  'harian',
  'tugas',
  'unit',
  'wilayah',
  'perwakilan',
  'bidang',
  'seksi',
  'subbagian',
  'subbidang',
  'sub',
  'agenda',
  'tim',
  'forum',
  'kelompok',
  'ahli',
  'muda',
  'madya',
  'pertama',
  'terampil',
  'mahir',
  'penyelia',
  'fungsional',
  'kanwil',
  'kakanwil',
  'upt',
  'uptd',
  'analis',
  'perencana',
]);

/** Compact form ignoring the connector "dan", so "X dan Y" = "X Y". */
export function formKey(s: string): string {
  return compactWithoutAndAscii(s) ?? compact(s.replace(/\b(?:dan|and|&)\b/gi, ' '));
}

export function prepareOrganizations(res: ExtractionResources): PreparedOrganizations {
  const phraseEntries: PhraseEntry<OrgForm>[] = [];
  const abbreviations = new Map<string, OrgForm>();
  const abbreviationPrefixes = new Set<string>();
  const canonicalByForm = new Map<string, OrganizationEntry>();
  const fieldWords = new Set<string>();
  const addWords = (s: string): void => {
    for (const t of phraseTokens(s)) if (/\p{L}/u.test(t) && t.length > 1) fieldWords.add(t);
  };
  const addAbbreviation = (written: string, form: OrgForm): void => {
    const c = compact(written);
    if (!c || abbreviations.has(c)) return;
    abbreviations.set(c, form);
    for (let k = 1; k < c.length; k++) abbreviationPrefixes.add(c.slice(0, k));
  };
  for (const entry of res.organizations) {
    for (const name of [entry.canonical, ...entry.variants]) {
      canonicalByForm.set(formKey(name), entry);
      addWords(name);
      const tokens = phraseTokens(name);
      if (tokens.length > 1)
        phraseEntries.push({ tokens, value: { entry, rule: `org.name:${entry.id}`, upperOnly: false, abbreviation: null } });
    }
    for (const a of entry.abbreviations) {
      const letters = a.replace(/[^\p{L}]/gu, '');
      const upperOnly = letters.length > 0 && letters === letters.toUpperCase();
      addAbbreviation(a, { entry, rule: `org.abbreviation:${entry.id}`, upperOnly, abbreviation: a });
      canonicalByForm.set(formKey(a), entry);
    }
  }
  const headWords = new Set<string>();
  const headEntries: PhraseEntry<UnitHeadEntry>[] = [];
  for (const h of res.unitHeads) {
    for (const f of h.forms) {
      const tokens = phraseTokens(f);
      headEntries.push({ tokens, value: h });
      if (tokens[0]) headWords.add(tokens[0]);
    }
    addWords(h.canonical);
  }
  const fieldAbbreviations = new Map<string, string>();
  for (const [abbr, expansion] of Object.entries(res.fieldAbbreviations)) {
    fieldAbbreviations.set(compact(abbr), expansion);
    addWords(expansion);
  }
  for (const w of res.roleWords) {
    const l = w.toLowerCase();
    if (l.length > 1 && !NOT_FIELD_WORDS.has(l)) fieldWords.add(l);
  }
  for (const w of res.unitWords ?? []) fieldWords.add(w.toLowerCase());
  for (const w of ['republik', 'indonesia', 'ri', 'negeri', 'tinggi', 'agung', 'agama', 'daerah', 'resor', 'sektor', 'negara'])
    fieldWords.add(w);
  return {
    phrases: buildPhraseIndex(phraseEntries),
    abbreviations,
    abbreviationPrefixes,
    canonicalByForm,
    heads: buildPhraseIndex(headEntries),
    fieldAbbreviations,
    fieldWords,
    nonOrganizations: new Set(res.nonOrganizations.map(formKey)),
    placeNames: new Set(res.placeNames.map((n) => phraseTokens(n).join(' '))),
    headWords,
  };
}
