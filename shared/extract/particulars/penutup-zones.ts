import type { OcrZone, PageText } from '../../types/document.ts';
import type { PageBox } from '../../types/particulars.ts';
import type { PreparedPeople } from '../gazetteer/people-gazetteer.ts';
import { repairOcr } from '../text/ocr.ts';
import type { Found } from './lines.ts';
import { splitLines } from './lines.ts';
import { findPenutup, readSignature } from './penutup.ts';
import { readWrittenDate } from './written-date.ts';

/**
 * The Penutup as a second OCR reading of its zones shows it (PageText.zones, read by the import
 * with stamped ink kept for the date line and coloured ink removed for the signature block).
 * These readings are not part of the clean text: the particulars take from them only what the
 * page's own reading does not show, and always as weak.
 */
export interface ZoneFound<T> {
  value: T;
  page: number;
  box: PageBox | null;
  rule: string;
}

export interface ZoneReading {
  date: ZoneFound<string> | null;
  signatory: ZoneFound<string> | null;
  role: ZoneFound<string> | null;
}

/** A zone reading below this mean word confidence is too unsure to give a date. */
const MIN_DATE_ZONE_CONFIDENCE = 0.5;
const DATE_LABEL = /^\s*(?:pada\s{0,3})?tan\S{0,6}\s{0,3}:?/i;

function boxOf(zone: OcrZone, start: number, end: number): PageBox | null {
  const words = zone.words.filter((w) => w.end > start && w.start < end);
  if (words.length === 0) return null;
  const x = Math.min(...words.map((w) => w.x));
  const y = Math.min(...words.map((w) => w.y));
  return { x, y, width: Math.max(...words.map((w) => w.x + w.width)) - x, height: Math.max(...words.map((w) => w.y + w.height)) - y };
}

function fromZone<T>(zone: OcrZone, page: number, found: Found<T> | null, rule: string): ZoneFound<T> | null {
  return found ? { value: found.value, page, box: boxOf(zone, found.start, found.end), rule } : null;
}

/**
 * The date of the "pada tanggal" zone. The line is read at more than one size (stamped type reads
 * right at one and wrong at another): the most confident reading that gives a date wins, and a
 * reading whose year contradicts the year the Judul gives is a misreading, not a date.
 */
function zoneDate(zones: readonly { zone: OcrZone; page: number }[], knownYear: number | null): ZoneFound<string> | null {
  let best: { found: ZoneFound<string>; confidence: number } | null = null;
  for (const { zone, page } of zones) {
    if (zone.purpose !== 'penutup-date' || zone.confidence < MIN_DATE_ZONE_CONFIDENCE) continue;
    const label = DATE_LABEL.exec(zone.text);
    if (!label) continue;
    const rest = zone.text.slice(label[0].length);
    const date = readWrittenDate(rest, knownYear);
    if (!date || (knownYear !== null && Number(date.iso.slice(0, 4)) !== knownYear)) continue;
    if (best && best.confidence >= zone.confidence) continue;
    const start = label[0].length + date.from;
    best = {
      found: { value: date.iso, page, box: boxOf(zone, start, label[0].length + date.to), rule: 'penutup.zone.tanggal' },
      confidence: zone.confidence,
    };
  }
  return best?.found ?? null;
}

/** The name and office of the signature-block zone, read by the same rules as the page's Penutup. */
function zoneSignature(
  zones: readonly { zone: OcrZone; page: number }[],
  people: PreparedPeople,
  acronyms: ReadonlySet<string>,
  knownYear: number | null,
  officeWords: ReadonlySet<string>,
): Pick<ZoneReading, 'signatory' | 'role'> {
  const entry = zones.find((z) => z.zone.purpose === 'penutup-signature');
  if (!entry) return { signatory: null, role: null };
  const { zone, page } = entry;
  const lines = splitLines(zone.text, repairOcr(zone.text));
  const penutup = findPenutup(lines, 0, people, acronyms, knownYear, officeWords);
  if (penutup) {
    return {
      signatory: fromZone(zone, page, penutup.signatory, 'penutup.zone.signature.name'),
      role: fromZone(zone, page, penutup.role, 'penutup.zone.signature.office'),
    };
  }
  const closing = lines.findIndex((l) => /^Demikian\b/i.test(l.text));
  if (closing < 0) return { signatory: null, role: null };
  const sig = readSignature(lines, closing + 1, people, acronyms, officeWords);
  return {
    signatory: fromZone(zone, page, sig.name, 'penutup.zone.signature.name'),
    role: fromZone(zone, page, sig.role, 'penutup.zone.signature.office'),
  };
}

/** `office`: the issuing office as the page's reading gives it; its words are never the signatory's name. */
export function readPenutupZones(
  pages: readonly PageText[],
  people: PreparedPeople,
  acronyms: ReadonlySet<string>,
  knownYear: number | null,
  office: string | null,
): ZoneReading {
  const zones = pages.flatMap((p) => (p.zones ?? []).map((zone) => ({ zone, page: p.pageNo })));
  if (zones.length === 0) return { date: null, signatory: null, role: null };
  const officeWords = new Set(
    (office ?? '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 4),
  );
  return { date: zoneDate(zones, knownYear), ...zoneSignature(zones, people, acronyms, knownYear, officeWords) };
}

/** Letters only, lower case: two readings of one name compared past their punctuation. */
export function nameLetters(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}]+/gu, '');
}
