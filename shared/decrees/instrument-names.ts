import type { DecreeKind } from '../types/particulars.ts';

/**
 * How JDIH sites name an instrument (DECREES.md, Export 1): the kind in words and its short form.
 * A regional head's instruments take the head's office: Bupati → Peraturan Bupati / Perbup,
 * Wali Kota → Perwali, Gubernur → Pergub.
 */
const HEADS: ReadonlyArray<{ pattern: RegExp; office: string; short: string; body: string }> = [
  { pattern: /^bupati\b/i, office: 'Bupati', short: 'bup', body: 'Kabupaten' },
  { pattern: /^wali\s*kota\b|^walikota\b/i, office: 'Wali Kota', short: 'wal', body: 'Kota' },
  { pattern: /^gubernur\b/i, office: 'Gubernur', short: 'gub', body: 'Provinsi' },
];

const FIXED: Record<DecreeKind, { jenis: string; singkatan: string }> = {
  uu: { jenis: 'Undang-Undang', singkatan: 'UU' },
  pp: { jenis: 'Peraturan Pemerintah', singkatan: 'PP' },
  perpres: { jenis: 'Peraturan Presiden', singkatan: 'Perpres' },
  permen: { jenis: 'Peraturan Menteri', singkatan: 'Permen' },
  kepmen: { jenis: 'Keputusan Menteri', singkatan: 'Kepmen' },
  perda: { jenis: 'Peraturan Daerah', singkatan: 'Perda' },
  perkada: { jenis: 'Peraturan Kepala Daerah', singkatan: 'Perkada' },
  kepkada: { jenis: 'Keputusan Kepala Daerah', singkatan: 'Kepkada' },
  sk: { jenis: 'Surat Keputusan', singkatan: 'SK' },
  se: { jenis: 'Surat Edaran', singkatan: 'SE' },
  other: { jenis: 'Lainnya', singkatan: 'Lainnya' },
};

const head = (issuer: string | null) => (issuer ? HEADS.find((h) => h.pattern.test(issuer.trim())) : undefined);

export function jdihnKind(kind: DecreeKind | null, issuer: string | null): { jenis: string; singkatan: string } {
  if (!kind) return { jenis: '', singkatan: '' };
  const office = head(issuer);
  if (office && kind === 'perkada') return { jenis: `Peraturan ${office.office}`, singkatan: `Per${office.short}` };
  if (office && kind === 'kepkada') return { jenis: `Keputusan ${office.office}`, singkatan: `Kep${office.short}` };
  return FIXED[kind];
}

/** The region the title names after the kind: "Bupati Donggala" → "Donggala"; an office without one gives "". */
export function issuerRegion(issuer: string | null): string {
  if (!issuer) return '';
  const office = head(issuer);
  return office ? issuer.trim().replace(office.pattern, '').trim() : '';
}

/** The corporate author: "Bupati Donggala" → "Kabupaten Donggala"; "Menteri Dalam Negeri" → "Indonesia. Kementerian Dalam Negeri". */
export function corporateAuthor(issuer: string | null): string {
  if (!issuer) return '';
  const office = head(issuer);
  if (office) return `${office.body} ${issuerRegion(issuer)}`.trim();
  const minister = /^menteri\s+(.+)$/i.exec(issuer.trim());
  if (minister) return `Indonesia. Kementerian ${minister[1]}`;
  if (/^presiden\b/i.test(issuer.trim())) return 'Indonesia';
  return issuer.trim();
}
