import type { PageText } from '../../types/document.ts';
import type {
  DecreeReading,
  FieldSource,
  ParticularField,
  Particulars,
  ParticularsSources,
  StructureRange,
} from '../../types/particulars.ts';
import type { Doc } from '../doc.ts';
import type { DecreeMention } from '../extractors/decree.ts';
import { clerkCase, proseAcronyms } from './clerk-case.ts';
import { readBody } from './body-structure.ts';
import { endOfLines, readConsiderations } from './considerations.ts';
import { readNumber } from './decree-number.ts';
import type { ReadNumber } from './decree-number.ts';
import { findJudul } from './judul.ts';
import type { Found, Line } from './lines.ts';
import { nextFilled, splitLines, trimTrailing, upperShare } from './lines.ts';
import { locate } from './locate.ts';
import { findPenutup, readSignature } from './penutup.ts';
import { nameLetters, readPenutupZones } from './penutup-zones.ts';
import type { ZoneFound } from './penutup-zones.ts';
import { findSignedHeading } from './signed-document.ts';
import { readWrittenDate } from './written-date.ts';

/** What the particulars reader gets: the tokenised document, its decree mentions and its pages. */
export interface DecreeInput {
  text: string;
  doc: Doc;
  decrees: readonly DecreeMention[];
  pages: readonly PageText[];
}

const NOT_AN_INSTRUMENT: DecreeReading = { particulars: null, particulars_sources: {}, structure: [] };
/** Words an instrument's body opens its parts with, at line starts. */
const INSTRUMENT_SIGNAL =
  /^(Menimbang|Mengingat|M\s?E\s?M\s?U\s?T\s?U\s?S\s?K\s?A\s?N|Menetapkan|Ditetapkan|Dikeluarkan|Disahkan|KESATU|PERTAMA|Pasal\s{1,3}1\b|Demikian|Dalam rangka|Berdasarkan|Bahwa|Sehubungan)/i;
const COVERING_LETTER = /^(Perihal|Hal\s{0,3}:|Yth\b|Dengan hormat|Lampiran\s{0,3}:|Sifat\s{0,3}:)/i;
const OFFICE_START =
  /^(BUPATI|WAL[I!1l]\s?KOTA|WALIKOTA|GUBERNUR|MENTERI|PRESIDEN|KEPALA|KETUA|INSPEKTUR|DIREKTUR|REKTOR|DEWAN|PIMPINAN)\b/;

/** Reads an instrument's particulars and structure; a non-instrument gets null particulars. */
export function readDecree(input: DecreeInput): DecreeReading {
  const { text, doc, decrees, pages } = input;
  const lines = splitLines(text, doc.ts.norm);
  const people = doc.res.people;
  let judul = findJudul(lines);
  let kop: string[] | null = null;
  if (judul && !lines.slice(judul.endLine).some((l) => INSTRUMENT_SIGNAL.test(l.text))) return NOT_AN_INSTRUMENT;
  if (!judul) {
    const signed = findSignedHeading(lines);
    if (!signed) return NOT_AN_INSTRUMENT;
    judul = signed.judul;
    kop = signed.kop;
  }
  // Only an instrument's text is read for its abbreviations (most documents stop above).
  const acronyms = proseAcronyms(lines);
  const penutup = findPenutup(lines, judul.endLine, people, acronyms, judul.year?.value ?? null);
  // Without a Judul, only an established and signed document is an instrument.
  if (kop && !(penutup?.date && penutup.signatory && penutup.role)) return NOT_AN_INSTRUMENT;
  const bodyEnd = penutup ? penutup.startLine : lines.length;
  const considerations = readConsiderations(lines, text, judul.endLine, bodyEnd, decrees);
  const kind = judul.kind.value;
  const sources: ParticularsSources = {};
  const set = <T>(field: ParticularField, found: Found<T> | null, weak = false): T | null => {
    if (!found) return null;
    const where = locate(pages, found.start, found.end);
    const isWeak = weak || where.weakWords;
    sources[field] = {
      start: found.start,
      end: found.end,
      page: where.page,
      box: where.box,
      confidence: Math.round(found.confidence * (isWeak ? 0.7 : 1) * 100) / 100,
      rule: found.rule,
      weak: isWeak,
    } satisfies FieldSource;
    return found.value;
  };

  // The number: the Judul's, or a legible copy where the Judul's is garbled.
  let number: ReadNumber | null = judul.number;
  if (!number?.legible) number = legibleCopy(lines, judul.endLine, number) ?? number;
  const numberValue = set('number', number?.number ?? null, !number?.legible);
  let yearFound = judul.year ?? number?.year ?? null;
  // An instrument without a number is dated by its establishment.
  if (!yearFound && !number?.number && penutup?.date)
    yearFound = { ...penutup.date, value: Number(penutup.date.value.slice(0, 4)), rule: 'penutup.year' };
  const year = set('year', yearFound, judul.year ? false : !number?.legible && Boolean(number?.number));

  // Dates: the Penutup's; a blank day there is read from the Lampiran heading's TANGGAL.
  let established: Found<string> | null = penutup?.date ?? null;
  let establishedWeak = penutup?.date?.slipped ?? false;
  if (!established && penutup) {
    established = lampiranDate(lines, penutup.endLine);
    establishedWeak = established !== null;
  }
  let place: Found<string> | null = penutup?.place ?? null;
  let signature: { name: Found<string> | null; role: Found<string> | null } | null = penutup
    ? { name: penutup.signatory, role: penutup.role }
    : null;
  let closingSpan: { start: number; end: number } | null = null;
  if (!penutup) {
    // A surat edaran writes "<Place>, <date>" as a letter does, and signs under "Demikian …".
    const dateline = findDateline(lines, acronyms);
    if (dateline) {
      place = dateline.place;
      established = dateline.date;
    }
    const closing = lines.findIndex((l, i) => i > judul.endLine && /^Demikian\b/i.test(l.text));
    if (closing >= 0) {
      const sig = readSignature(lines, closing + 1, people, acronyms);
      signature = { name: sig.name, role: sig.role };
      closingSpan = { start: lines[closing]!.at, end: endOfLines(lines, closing, Math.max(sig.endLine, closing + 1)) };
    }
  }
  // What the page's reading lost of the Penutup, from the second OCR reading of its zones.
  const penutupSpan = penutup
    ? { start: lines[penutup.startLine]!.at, end: endOfLines(lines, penutup.startLine, penutup.endLine) }
    : closingSpan;
  const fromZones = new Map<ParticularField, ZoneFound<string>>();
  if (penutupSpan) {
    const office = readIssuer(lines, judul, null, acronyms)?.value ?? null;
    const zones = readPenutupZones(pages, people, acronyms, judul.year?.value ?? number?.year?.value ?? null, office);
    if (!established && zones.date) fromZones.set('date_established', zones.date);
    const name = signature?.name ?? null;
    // A name read in both, the zone's with the apostrophe or hyphen the page's reading dropped ("NA'IM").
    if (
      zones.signatory &&
      (!name || (nameLetters(name.value) === nameLetters(zones.signatory.value) && zones.signatory.value.length > name.value.length))
    ) {
      fromZones.set('signatory', zones.signatory);
    }
    if (!signature?.role && zones.role) {
      fromZones.set('signatory_role', zones.role);
      signature = {
        name: signature?.name ?? null,
        role: { value: zones.role.value, start: penutupSpan.start, end: penutupSpan.end, rule: zones.role.rule, confidence: 0.5 },
      };
    }
    if (!signature?.name && zones.signatory)
      signature = {
        name: { value: zones.signatory.value, start: penutupSpan.start, end: penutupSpan.end, rule: zones.signatory.rule, confidence: 0.5 },
        role: signature?.role ?? null,
      };
  }
  const issuer =
    kop && signature?.role
      ? {
          ...signature.role,
          value: clerkCase(`${signature.role.value} ${kop.join(' ')}`, acronyms),
          rule: 'signed.office-and-kop',
          confidence: 0.6,
        }
      : readIssuer(lines, judul, signature?.role ?? null, acronyms);
  let role = signature?.role ?? null;
  let roleWeak = false;
  const lonely = role && !/\s/.test(role.value) ? role.value.toLowerCase() : null;
  if (role && issuer && lonely && (issuer.value.toLowerCase().endsWith(lonely) || issuer.value.toLowerCase().startsWith(`${lonely} `))) {
    // Only a word of the office survived the stamp ("PINRANG,", "KEPALA,"): the office is the issuer's.
    role = { ...role, value: issuer.value, rule: 'penutup.office-completed-from-issuer', confidence: 0.5 };
    roleWeak = true;
  }
  if (!role && signature?.name && issuer) {
    // The office line lost under a stamp: a keputusan is signed by the office that issues it.
    role = { ...issuer, rule: 'penutup.role-from-issuer', confidence: 0.5 };
    roleWeak = true;
  }

  const particulars: Particulars = {
    kind: set('kind', judul.kind),
    issuer: set('issuer', issuer, issuer?.rule === 'penutup.office-as-issuer' && fromZones.has('signatory_role')),
    number: numberValue,
    year,
    title: set('title', judul.title ? { ...judul.title, value: clerkCase(judul.title.value, acronyms) } : null),
    place_established: set('place_established', place),
    date_established: set('date_established', established, establishedWeak),
    date_promulgated: set('date_promulgated', penutup?.promulgated ?? null, penutup?.promulgated?.slipped ?? false),
    signatory: set('signatory', signature?.name ?? null),
    signatory_role: set('signatory_role', role, roleWeak),
    legal_basis: set('legal_basis', considerations.legalBasis),
  };
  for (const [field, found] of fromZones) {
    if (field === 'signatory_role' && role?.rule !== found.rule) continue;
    // Zone fields are strings: a date, a name, an office.
    (particulars as unknown as Record<ParticularField, string>)[field] = found.value;
    sources[field] = {
      start: penutupSpan!.start,
      end: penutupSpan!.end,
      page: found.page,
      box: found.box,
      confidence: 0.5,
      rule: found.rule,
      weak: true,
    };
  }
  if (kind === 'se' && particulars.legal_basis && particulars.legal_basis.length === 0) {
    particulars.legal_basis = null;
    delete sources.legal_basis;
  }
  return { particulars, particulars_sources: sources, structure: buildStructure(lines, judul, penutup, considerations.structure) };
}

function readIssuer(
  lines: readonly Line[],
  judul: NonNullable<ReturnType<typeof findJudul>>,
  role: Found<string> | null,
  acronyms: ReadonlySet<string>,
): Found<string> | null {
  // The Judul names the issuing office ("KEPUTUSAN KEPALA DINAS X SELAKU …"); a glued OCR heading
  // is less trustworthy than the Pembukaan's office line.
  if (judul.issuer && !judul.glued) return { ...judul.issuer, value: clerkCase(judul.issuer.value, acronyms) };
  // The office of the Pembukaan, in capitals before Menimbang: "BUPATI DONGGALA,".
  for (let i = judul.endLine, seen = 0; i < lines.length && seen < 8; i++) {
    const t = lines[i]!.text;
    if (!t) continue;
    seen++;
    if (/^(Menimbang|Mengingat|bahwa|a\s?\.\s?bahwa)/i.test(t)) break;
    if (/^DENGAN\s+RAHMAT/i.test(t) || upperShare(t) < 0.8) continue;
    if (!OFFICE_START.test(t)) continue;
    let value = t;
    let end = lines[i]!.at + t.length;
    const next = nextFilled(lines, i + 1);
    if (
      !/,$/.test(t) &&
      next < lines.length &&
      /,$/.test(lines[next]!.text) &&
      upperShare(lines[next]!.text) >= 0.8 &&
      !OFFICE_START.test(lines[next]!.text)
    ) {
      value = `${t} ${lines[next]!.text}`;
      end = lines[next]!.at + lines[next]!.text.length;
    }
    return { value: clerkCase(trimTrailing(value, ',.'), acronyms), start: lines[i]!.at, end, rule: 'pembukaan.office', confidence: 0.9 };
  }
  if (judul.issuer) return { ...judul.issuer, value: clerkCase(judul.issuer.value, acronyms) };
  // A surat edaran without an office in its Judul: the letterhead's office ("BUPATI WONOSOBO").
  for (let i = 0, seen = 0; i < judul.headingLine && seen < 3; i++) {
    const t = lines[i]!.text;
    if (!t) continue;
    seen++;
    if (upperShare(t) >= 0.8 && /^(BUPATI|WALI\s?KOTA|WALIKOTA|GUBERNUR|MENTERI|PRESIDEN)\s+\p{Lu}/u.test(t)) {
      return {
        value: clerkCase(trimTrailing(t, ',.'), acronyms),
        start: lines[i]!.at,
        end: lines[i]!.at + t.length,
        rule: 'kop.office',
        confidence: 0.7,
      };
    }
  }
  if (role) {
    // "Sekretaris Jenderal, a.n. Menteri X" issues as Menteri X; "Plt. Bupati X" as Bupati X.
    const principal = /, a\.n\. (.+)$/.exec(role.value)?.[1] ?? role.value.replace(/^(Plt|Pj|Plh)\.?\s/i, '');
    return { ...role, value: principal, rule: 'penutup.office-as-issuer', confidence: 0.7 };
  }
  return null;
}

/** A legible copy of the number: a Lampiran heading ("LAMPIRAN … NOMOR : …") repeats it. */
function legibleCopy(lines: readonly Line[], from: number, garbled: ReadNumber | null): ReadNumber | null {
  for (let i = from; i < lines.length; i++) {
    if (!/^LAMPIRAN\b/i.test(lines[i]!.text)) continue;
    for (let k = i, steps = 0; k < lines.length && steps < 6; k++) {
      if (!lines[k]!.text) continue;
      steps++;
      const m = /^N\s?[O0]\s?M\s?[O0]\s?R\b\.?\s{0,3}:?\s{0,3}(.*)$/i.exec(lines[k]!.text);
      if (!m) continue;
      const copy = readNumber(lines, k, m[1] ?? '', 'lampiran.nomor');
      if (copy?.legible && (!garbled?.year || !copy.year || copy.year.value === garbled.year.value)) return copy;
      break;
    }
  }
  return null;
}

/** "TANGGAL : 17 Januari 2020" under a Lampiran heading. */
function lampiranDate(lines: readonly Line[], from: number): Found<string> | null {
  for (let i = from; i < lines.length; i++) {
    if (!/^LAMPIRAN\b/i.test(lines[i]!.text)) continue;
    for (let k = i, steps = 0; k < lines.length && steps < 8; k++) {
      if (!lines[k]!.text) continue;
      steps++;
      const m = /^TANGGAL\s{0,3}:?\s{0,3}(.*)$/i.exec(lines[k]!.text);
      if (!m) continue;
      const date = readWrittenDate(m[1] ?? '');
      if (!date) return null;
      const restStart = lines[k]!.at + lines[k]!.text.length - (m[1] ?? '').length;
      return { value: date.iso, start: restStart + date.from, end: restStart + date.to, rule: 'lampiran.tanggal', confidence: 0.7 };
    }
    return null;
  }
  return null;
}

/** "Wonosobo, 16 Maret 2020": a letter's place and date, on a line of its own. */
const DATELINE = /^([A-Z][\p{L} .]{2,30}),\s{0,3}(.{4,30})$/u;
const DATELINE_DATE = /(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|\d{4})/i;

function findDateline(lines: readonly Line[], acronyms: ReadonlySet<string>): { place: Found<string>; date: Found<string> | null } | null {
  for (const line of lines) {
    // The pattern opens with a capital A-Z and spans eight characters at least: other lines are not tried.
    const first = line.text.charCodeAt(0);
    if (!(first >= 65 && first <= 90) || line.text.length < 8) continue;
    const m = DATELINE.exec(line.text);
    if (!m || !DATELINE_DATE.test(m[2]!)) continue;
    const date = readWrittenDate(m[2]!);
    const restStart = line.at + line.text.length - m[2]!.length;
    return {
      place: {
        value: clerkCase(m[1]!.trim(), acronyms),
        start: line.at,
        end: line.at + m[1]!.length,
        rule: 'surat.dateline.place',
        confidence: 0.8,
      },
      date: date
        ? { value: date.iso, start: restStart + date.from, end: restStart + date.to, rule: 'surat.dateline.date', confidence: 0.8 }
        : null,
    };
  }
  return null;
}

function buildStructure(
  lines: readonly Line[],
  judul: NonNullable<ReturnType<typeof findJudul>>,
  penutup: ReturnType<typeof findPenutup>,
  considerations: StructureRange[],
): StructureRange[] {
  const out: StructureRange[] = [];
  const head = lines[judul.headingLine]!;
  if (judul.headingLine > 0 && lines.slice(0, judul.headingLine).some((l) => COVERING_LETTER.test(l.text)) && judul.kind.value !== 'se') {
    let last = judul.headingLine;
    while (last > 0 && (lines[last - 1]!.text === '' || /^SALINAN\b/i.test(lines[last - 1]!.text))) last--;
    out.push({ kind: 'covering_letter', label: null, start: 0, end: endOfLines(lines, 0, last) });
  }
  out.push({ kind: 'judul', label: null, start: head.at, end: endOfLines(lines, judul.headingLine, judul.endLine) });
  const firstConsideration = considerations.length ? Math.min(...considerations.map((r) => r.start)) : null;
  if (firstConsideration !== null) {
    const startLine = nextFilled(lines, judul.endLine);
    const from = lines[startLine]?.at ?? firstConsideration;
    if (from < firstConsideration) {
      const endLine = lines.findIndex((l) => l.at >= firstConsideration);
      out.push({ kind: 'pembukaan', label: null, start: from, end: endOfLines(lines, startLine, endLine < 0 ? lines.length : endLine) });
    }
  }
  out.push(...considerations);
  const lastConsideration = considerations.length ? Math.max(...considerations.map((r) => r.end)) : head.at;
  const bodyFrom = lines.findIndex((l) => l.at >= lastConsideration);
  const penutupLine = penutup ? penutup.startLine : lines.length;
  const afterPenutup = penutup ? Math.max(penutup.endLine, penutup.promulgation?.endLine ?? 0) : lines.length;
  out.push(...readBody(lines, { from: bodyFrom < 0 ? judul.endLine : bodyFrom, penutupLine, afterPenutup }));
  if (penutup) {
    out.push({
      kind: 'penutup',
      label: null,
      start: lines[penutup.startLine]!.at,
      end: endOfLines(lines, penutup.startLine, penutup.endLine),
    });
    if (penutup.promulgation) {
      const p = penutup.promulgation;
      out.push({ kind: 'pengundangan', label: null, start: lines[p.startLine]!.at, end: endOfLines(lines, p.startLine, p.endLine) });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
