import type { PreparedPeople } from '../gazetteer/people-gazetteer.ts';
import type { Found, Line } from './lines.ts';
import { letterCount, nextFilled, trimTrailing, upperShare } from './lines.ts';
import { clerkCase } from './clerk-case.ts';
import { signerName } from './signer-name.ts';
import { readWrittenDate } from './written-date.ts';

/**
 * The Penutup: "Ditetapkan di <place> pada tanggal <date>", the office, the signature and the
 * name; for a peraturan also "Diundangkan di … pada tanggal …" and the Sekretaris Daerah who
 * promulgates. The signatory is the name under the office that establishes: the promulgating
 * official, a copy's certifier ("Salinan sesuai dengan aslinya") and the addressees that follow
 * are never read as the signatory. A block the scan does not show stays null.
 */
export interface Penutup {
  place: Found<string> | null;
  date: (Found<string> & { slipped: boolean }) | null;
  signatory: Found<string> | null;
  role: Found<string> | null;
  promulgated: (Found<string> & { slipped: boolean }) | null;
  startLine: number;
  /** Line after the signature block. */
  endLine: number;
  promulgation: { startLine: number; endLine: number } | null;
}

const ESTABLISHED = /^(?:Ditetapkan|Dikeluarkan|Disahkan)\s{1,3}d[il1I]\b\.?\s{0,3}:?\s{0,3}(.*)$/i;
const PROMULGATED = /^Diundangkan\s{1,3}d[il1I]\b\.?\s{0,3}:?\s{0,3}(.*)$/i;
const DATE_LINE = /^(?:pada\s{0,3}tan\S{0,6}|tanggal)\s{0,3}:?\s{0,3}(.*)$/i;
const SKIP = /^(?:t\.?\s?t\.?\s?d\.?|ttd.{0,3}|Ditandatangani\b.*|Tanda\s?tangan.*|cap\b.*)$/i;
const STOP = /^(?:LAMPIRAN|Tembusan|Salinan\s+sesuai|Salinan\b|BERITA|LEMBARAN|TAMBAHAN|PARAF|Catatan|NOMOR\s+REG|Kepada|Yth|\d+\s*\.\s)/i;
const OFFICE_WORDS =
  /\b(BUPATI|WALI\s?KOTA|WALIKOTA|GUBERNUR|MENTERI|PRESIDEN|KEPALA|KETUA|SEKRETARIS|INSPEKTUR|DIREKTUR|REKTOR|CAMAT|JENDERAL|REPUBLIK|INDONESIA|KABUPATEN|KOTA|PROVINSI|LEMBAGA|BADAN|DINAS|NASIONAL|DAERAH|DEWAN|PERWAKILAN|RAKYAT|BIRO|WAKIL|PIMPINAN|UTAMA|DEPUTI|ASISTEN|KOMUNIKASI|INFORMATIKA)\b/i;
const DEPUTY_PREFIX = /^(a\.?\s?n\.?|Plt\.?|Pj\.?|Plh\.?)\s{1,3}/i;

function isRoleLine(text: string): boolean {
  if (DEPUTY_PREFIX.test(text)) return true;
  const upper = upperShare(text) >= 0.8;
  if (upper && /,$/.test(text)) return true;
  return (
    OFFICE_WORDS.test(upper ? text : text.toUpperCase()) &&
    (upper || /^(Kepala|Ketua|Sekretaris|Direktur|Bupati|Wali|Gubernur|Menteri)\b/.test(text))
  );
}

function placeOf(rest: string): string | null {
  const pada = rest.search(/pada\s{1,3}tanggal/i);
  const place = (pada >= 0 ? rest.slice(0, pada) : rest)
    .replace(/[^\p{L}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return letterCount(place) >= 3 ? place : null;
}

function foundDate(
  lines: readonly Line[],
  i: number,
  rest: string,
  rule: string,
  knownYear: number | null = null,
): (Found<string> & { slipped: boolean }) | null {
  const line = lines[i]!;
  const date = readWrittenDate(rest, knownYear);
  if (!date) return null;
  const restStart = line.at + line.text.length - rest.length;
  return {
    value: date.iso,
    start: restStart + date.from,
    end: restStart + date.to,
    rule,
    confidence: date.slipped ? 0.6 : 0.9,
    slipped: date.slipped,
  };
}

/** The date under a "Ditetapkan/Diundangkan di" line: on it after "pada tanggal", or on one of the next lines. */
function dateAfter(
  lines: readonly Line[],
  i: number,
  rest: string,
  rule: string,
  knownYear: number | null = null,
): { date: ReturnType<typeof foundDate>; line: number } {
  const inline = /pada\s+tanggal\s{0,3}:?\s{0,3}(.*)$/i.exec(rest);
  if (inline) return { date: foundDate(lines, i, inline[1] ?? '', rule, knownYear), line: i };
  let k = nextFilled(lines, i + 1);
  for (let step = 0; step < 3 && k < lines.length; step++) {
    const m = DATE_LINE.exec(lines[k]!.text);
    if (m) return { date: foundDate(lines, k, m[1] ?? '', rule, knownYear), line: k };
    k = nextFilled(lines, k + 1);
  }
  return { date: null, line: i };
}

export function findPenutup(
  lines: readonly Line[],
  fromLine: number,
  people: PreparedPeople,
  acronyms: ReadonlySet<string>,
  judulYear: number | null = null,
  officeWords?: ReadonlySet<string>,
): Penutup | null {
  let e = fromLine;
  let m: RegExpExecArray | null = null;
  for (; e < lines.length; e++) {
    m = ESTABLISHED.exec(lines[e]!.text);
    if (m) break;
  }
  if (!m || e >= lines.length) return null;
  const line = lines[e]!;
  const rest = m[1] ?? '';
  let place = placeOf(rest);
  let placeLine = line;
  if (!place) {
    const next = nextFilled(lines, e + 1);
    if (next < lines.length && !DATE_LINE.test(lines[next]!.text) && letterCount(lines[next]!.text) <= 30) {
      place = placeOf(lines[next]!.text);
      placeLine = lines[next]!;
    }
  }
  const { date, line: dateLine } = dateAfter(lines, e, rest, 'penutup.ditetapkan.tanggal', judulYear);
  const sig = readSignature(lines, dateLine + 1, people, acronyms, officeWords);
  // Two-column layouts may read the Diundangkan block before the Ditetapkan one.
  const promulgation = findPromulgation(lines, Math.max(fromLine, e - 25), e);
  return {
    place: place
      ? {
          value: clerkCase(place, acronyms),
          start: placeLine.text === line.text ? line.at + line.text.length - rest.length : placeLine.at,
          end: placeLine.at + placeLine.text.length,
          rule: 'penutup.ditetapkan.di',
          confidence: 0.9,
        }
      : null,
    date,
    signatory: sig.name,
    role: sig.role,
    promulgated: promulgation?.date ?? null,
    startLine: e,
    endLine: Math.max(sig.endLine, dateLine + 1),
    promulgation: promulgation ? { startLine: promulgation.startLine, endLine: promulgation.endLine } : null,
  };
}

function findPromulgation(
  lines: readonly Line[],
  from: number,
  established: number,
): { date: ReturnType<typeof foundDate>; startLine: number; endLine: number } | null {
  let first: { date: ReturnType<typeof foundDate>; startLine: number; endLine: number } | null = null;
  for (let i = from; i < lines.length && i < established + 40; i++) {
    if (i === established) continue;
    const m = PROMULGATED.exec(lines[i]!.text);
    if (!m) continue;
    const { date, line } = dateAfter(lines, i, m[1] ?? '', 'penutup.diundangkan.tanggal');
    let end = line + 1;
    for (let k = end; k < lines.length && k < end + 12; k++) {
      if (/^(BERITA|LEMBARAN)\s/i.test(lines[k]!.text)) {
        end = k + 1;
        break;
      }
    }
    const found = { date, startLine: i, endLine: end };
    if (date) return found;
    first ??= found;
  }
  return first;
}

/** A single word that is a piece of an office word nearby ("UPATI" of "BUPATI") is stamp debris, not a name. */
function isStampDebris(name: string, lines: readonly Line[], at: number): boolean {
  if (name.includes(' ')) return false;
  const word = name.toUpperCase();
  if (word.length < 4) return true;
  for (let k = Math.max(0, at - 6); k < Math.min(lines.length, at + 6); k++) {
    if (k === at) continue;
    for (const other of lines[k]!.text.toUpperCase().split(/\s+/)) if (other.length > word.length && other.includes(word)) return true;
  }
  return false;
}

interface Signature {
  name: Found<string> | null;
  role: Found<string> | null;
  endLine: number;
}

/**
 * `officeWords`: words of the issuing office ("bupati", "wonosobo"); a candidate name holding one
 * is the office line garbled by a stamp ("IA ATI WONOSOBO"), not the name.
 */
export function readSignature(
  lines: readonly Line[],
  from: number,
  people: PreparedPeople,
  acronyms: ReadonlySet<string>,
  officeWords?: ReadonlySet<string>,
): Signature {
  const roleLines: Line[] = [];
  let promulgationSeen = false;
  let i = from;
  for (let seen = 0; i < lines.length && seen < 16; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (!text) continue;
    seen++;
    if (PROMULGATED.test(text)) {
      promulgationSeen = true;
      continue;
    }
    if (promulgationSeen && DATE_LINE.test(text)) continue;
    if (STOP.test(text)) break;
    if (SKIP.test(text) || letterCount(text) < 3 || /^NIP\b/i.test(text)) continue;
    if (isRoleLine(text)) {
      if (!promulgationSeen) roleLines.push(line);
      else if (/SEKRETARIS\s+DAERAH/i.test(text)) break;
      continue;
    }
    const upper = upperShare(text) >= 0.6;
    const capitalised = text
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w))
      .every((w) => /^[\p{Lu}(]/u.test(w));
    if (!upper && !capitalised) continue;
    const name = signerName(text, people);
    if (!name || isStampDebris(name, lines, i)) continue;
    if (officeWords && name.split(' ').some((w) => w.length >= 4 && officeWords.has(w.toLowerCase()))) continue;
    const found: Found<string> = {
      value: name,
      start: line.at,
      end: line.at + text.length,
      rule: 'penutup.signature.name',
      confidence: upper ? 0.85 : 0.75,
    };
    // A stamp can split a name over two lines ("HENGKI" / "V  YALUWO, S.Sos"): a lone word takes the next line's.
    const next = nextFilled(lines, i + 1);
    if (!name.includes(' ') && next < lines.length && next - i <= 3 && upperShare(lines[next]!.text) >= 0.6) {
      const rest = signerName(lines[next]!.text.replace(/(^|\s)\S{1,2}(?=\s)/g, ' '), people);
      if (rest && !isRoleLine(lines[next]!.text)) {
        found.value = `${name} ${rest}`;
        found.end = lines[next]!.at + lines[next]!.text.length;
        found.confidence = 0.6;
      }
    }
    // An electronic signature puts the office under the name and its NIP.
    if (roleLines.length === 0) {
      for (let k = i + 1, steps = 0; k < lines.length && steps < 6; k++) {
        const t = lines[k]!.text;
        if (!t) {
          if (roleLines.length) break;
          continue;
        }
        steps++;
        if (/^NIP\b/i.test(t)) continue;
        if (isRoleLine(t) || (roleLines.length > 0 && /^\p{Lu}/u.test(t) && letterCount(t) > 3 && !STOP.test(t))) roleLines.push(lines[k]!);
        else break;
      }
    }
    return { name: found, role: roleOf(roleLines, acronyms), endLine: i + 1 };
  }
  return { name: null, role: roleOf(roleLines, acronyms), endLine: i };
}

/** "a.n. MENTERI X / SEKRETARIS JENDERAL," → "Sekretaris Jenderal, a.n. Menteri X"; "BUPATI PINRANG," → "Bupati Pinrang". */
function roleOf(roleLines: readonly Line[], acronyms: ReadonlySet<string>): Found<string> | null {
  if (roleLines.length === 0) return null;
  const first = roleLines[0]!;
  const last = roleLines.at(-1)!;
  const span = { start: first.at, end: last.at + last.text.length };
  // Specks a stamp or a signature leaves before the office ("7 BUPATI X,") are not part of it.
  const texts = roleLines.map((l) => l.text.replace(/^(?:[^\p{L}\s]+\s+)+/u, ''));
  const prefix = DEPUTY_PREFIX.exec(texts[0]!);
  texts[0] = texts[0]!.replace(DEPUTY_PREFIX, '');
  const tidy = (parts: string[]): string => clerkCase(trimTrailing(parts.join(' ').replace(/\s+/g, ' ').trim(), ',.').trim(), acronyms);
  if (prefix && /^a/i.test(prefix[1]!) && texts.length > 1) {
    // The principal runs to the first line ending in a comma before the last; else all but the last line.
    let cut = texts.findIndex((t, k) => k < texts.length - 1 && /,$/.test(t));
    cut = cut < 0 ? texts.length - 1 : cut + 1;
    const principal = tidy(texts.slice(0, cut));
    const own = tidy(texts.slice(cut));
    return { value: `${own}, a.n. ${principal}`, ...span, rule: 'penutup.signature.atas-nama', confidence: 0.8 };
  }
  const deputy = prefix ? `${prefix[1]!.replace(/\s/g, '')} ` : '';
  // "DEWAN PERWAKILAN RAKYAT / DAERAH KOTA MADIUN / KETUA,": the position heads the body it leads.
  const lastWords = trimTrailing(texts.at(-1)!, ',.').trim().split(/\s+/);
  if (texts.length > 1 && lastWords.length <= 2 && /^(KETUA|WAKIL|SEKRETARIS|KEPALA|PIMPINAN)$/i.test(lastWords[0]!)) {
    return {
      value: `${deputy}${tidy([trimTrailing(texts.at(-1)!, ',.'), ...texts.slice(0, -1)])}`,
      ...span,
      rule: 'penutup.signature.position-of-body',
      confidence: 0.8,
    };
  }
  return { value: `${deputy}${tidy(texts)}`, ...span, rule: 'penutup.signature.office', confidence: 0.85 };
}
