import { editDistance } from './written-date.ts';
import type { DecreeKind } from '../../types/particulars.ts';

/**
 * The kind of instrument from its Judul, written in capitals ("KEPUTUSAN BUPATI PINRANG",
 * "PERATURAN DAERAH KABUPATEN X", "SURAT EDARAN"), by the naming rules of ENTITIES.md: a
 * regional head's regulation is a perkada and its decree a kepkada; a keputusan of any other
 * office head is an sk; a Presidential decree, an instruction and a DPRD regulation are other.
 */

/** The opening words of a Judul; glued OCR forms ("PERATURANBUPATI") are unglued first. */
export const HEADING_START =
  /^(?:SALINAN\s{1,4})?(SURAT\s{0,3}KEPUTUSAN|KEPUTUSAN|PERATURAN|SURAT\s{0,3}EDARAN|EDARAN|UNDANG\s{0,2}-?\s{0,2}UNDANG|INSTRUKSI|KETETAPAN)(?![A-Z]{3})/;

const HEADING_WORDS = ['KEPUTUSAN', 'PERATURAN', 'INSTRUKSI', 'KETETAPAN'];

/**
 * OCR glues a heading into one word ("PERATURANWALIKOTAKENDARI") or slips a letter of its first
 * word ("KEPUTUSAM"): the known words are parted and restored.
 */
export function unglueHeading(text: string): string {
  const first = /^[A-Z]{8,10}(?=\s|$)/.exec(text)?.[0];
  if (first && !HEADING_WORDS.includes(first)) {
    const near = HEADING_WORDS.find((w) => editDistance(first, w, 1) <= 1);
    if (near) text = near + text.slice(first.length);
  }
  return text.replace(
    /^(PERATURAN|KEPUTUSAN)(BUPATI|WALIKOTA|WALI KOTA|GUBERNUR|MENTERI|DAERAH|PEMERINTAH|PRESIDEN|KEPALA)(?=[A-Z])/,
    '$1 $2 ',
  );
}

const REGIONAL_HEAD = /^(BUPATI|WALI\s?KOTA|WALIKOTA|GUBERNUR|KEPALA\s+DAERAH)\b/;

export function kindOfHeading(heading: string): DecreeKind {
  const h = heading
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/^SALINAN /, '')
    .trim();
  if (/^UNDANG ?-? ?UNDANG/.test(h)) return 'uu';
  if (/^(SURAT )?EDARAN/.test(h)) return 'se';
  if (/^(INSTRUKSI|KETETAPAN)/.test(h)) return 'other';
  const peraturan = /^PERATURAN ?(.*)$/.exec(h);
  if (peraturan) {
    const rest = peraturan[1] ?? '';
    if (/^PEMERINTAH PENGGANTI/.test(rest)) return 'other';
    if (/^PEMERINTAH/.test(rest)) return 'pp';
    if (/^PRESIDEN/.test(rest)) return 'perpres';
    if (/^MENTERI/.test(rest)) return 'permen';
    if (/^DAERAH/.test(rest)) return 'perda';
    if (REGIONAL_HEAD.test(rest)) return 'perkada';
    return 'other';
  }
  const keputusan = /^(?:SURAT ?)?KEPUTUSAN ?(.*)$/.exec(h);
  const rest = keputusan?.[1] ?? '';
  if (/^MENTERI/.test(rest)) return 'kepmen';
  if (/^PRESIDEN/.test(rest)) return 'other';
  if (REGIONAL_HEAD.test(rest)) return 'kepkada';
  return 'sk';
}

/** The words after the instrument's name: the issuing office, where the Judul names one. */
export function issuerOfHeading(heading: string, kind: DecreeKind): string | null {
  const h = heading
    .replace(/\s+/g, ' ')
    .replace(/^SALINAN /i, '')
    .trim();
  if (kind === 'perda' || kind === 'uu' || kind === 'pp' || kind === 'perpres') return null;
  const m = /^(?:SURAT ?)?(?:KEPUTUSAN|PERATURAN|EDARAN|INSTRUKSI|KETETAPAN) ?(.*)$/i.exec(h);
  const rest = (m?.[1] ?? '').replace(/^(EDARAN|BERSAMA)\b ?/i, '').trim();
  return rest.length >= 4 ? rest : null;
}
