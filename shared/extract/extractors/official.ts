import type { Doc } from '../doc.ts';
import { capitalisedWords, spanText, startsAt } from '../doc.ts';
import type { RawMention } from '../mention.ts';
import type { RegionFindings } from './region.ts';
import type { OrgFindings } from './organization.ts';
import { firstPhrase } from '../gazetteer/phrase-index.ts';
import { START_HONORIFIC, START_POSITION } from '../gazetteer/token-starts.ts';
import { KIND_PUNCT, KIND_WORD, isCap, isUpper } from '../text/tokenize.ts';
import { compact, squash } from '../normalize/text-forms.ts';
import { isInstitutionalWord } from '../normalize/morphology.ts';
import {
  abbreviationNotName,
  enumerationLetter,
  inServiceRow,
  positionNeedsUnit,
  roleEndsWithUnitNameWord,
  specialistNotName,
} from './official-context.ts';
import type { Reading } from './official-names.ts';
import { parseName, parseTitles, toMention, wordAt } from './official-names.ts';
import { roleTailEnd } from './official-role.ts';
import { findListedOfficials } from './official-listed.ts';

/**
 * Officials: a person named with a position ("Bupati HM.Toha", "Kepala Dinsos Kobar, Moehammad
 * Daoed") or an honorific ("Kiyai Rohman"), and signatories of decrees ("WALIKOTA SURABAYA, ttd
 * ERI CAHYADI"). The key is the name without honorifics and degrees, title-cased, as written;
 * the position (with its unit and region) is the `role`.
 */

export interface OfficialMention {
  nameFirst: number;
  nameEnd: number;
  start: number;
  end: number;
  text: string;
  key: string;
  role: string | null;
  honorifics: string[];
  degrees: string[];
  rule: string;
  confidence: number;
}

/** Skips signature furniture between a signatory's title and name: "ttd", stamps, blank lines. */
function skipSignatureFurniture(doc: Doc, j: number): number {
  const { ts, tok } = doc;
  for (let guard = 0; guard < 12 && j < ts.count; guard++) {
    const t = tok[j] as string;
    const lineEnd = j + 1 >= ts.count || (ts.nl[j + 1] as number) > 0;
    if (
      t === 'ttd' ||
      t === 'ttd.' ||
      (ts.kind[j] === KIND_PUNCT && t !== '(') ||
      (ts.kind[j] === KIND_WORD && t.length === 1 && lineEnd && (ts.nl[j] as number) > 0)
    ) {
      j++;
      continue;
    }
    if (t === 'ditandatangani' || t === 'secara' || t === 'elektronik' || t === 'oleh') {
      j++;
      continue;
    }
    break;
  }
  return j;
}

function lineEndsAfter(doc: Doc, j: number): boolean {
  return j >= doc.ts.count || (doc.ts.nl[j] as number) > 0 || doc.tok[j] === 'nip';
}

function readPerson(doc: Doc, k: number, signature: boolean, orgs: OrgFindings): Reading | null {
  const titles = parseTitles(doc, k, false);
  const name = parseName(doc, titles.end, signature, orgs);
  if (!name.tokens.length || specialistNotName(doc, name.tokens[0] as number)) return null;
  const post = parseTitles(doc, name.end, true);
  if (signature && !lineEndsAfter(doc, post.end)) return null;
  if (signature && abbreviationNotName(doc, name.tokens)) return null;
  // "Otonomi Daerah", "Perangkat Daerah": a capitalised title word right after means the
  // words were a title, not a name.
  const after = post.end;
  if (!signature && wordAt(doc, after) && (doc.ts.nl[after] as number) <= 1 && isCap(doc.ts, after)) {
    const t = doc.tok[after] as string;
    if ((doc.res.people.roleWords.has(t) && !doc.res.people.positions.byFirst.has(t)) || isInstitutionalWord(t)) return null;
  }
  return { first: k, titles, name, post };
}

/** The tokens at `at`, joined by spaces (what `at.map((q) => tok[q]).join(' ')` gives, without the array). */
function joinedTokens(tok: readonly string[], at: readonly number[]): string {
  let s = '';
  for (let k = 0; k < at.length; k++) s = k === 0 ? (tok[at[k] as number] as string) : `${s} ${tok[at[k] as number] as string}`;
  return s;
}

/** Compact forms of the gazetteer's positions (a few hundred strings), each made once. */
const compactPositions = new Map<string, string>();
function compactPosition(position: string): string {
  let c = compactPositions.get(position);
  if (c === undefined) compactPositions.set(position, (c = compact(position)));
  return c;
}

export function findOfficials(doc: Doc, regions: RegionFindings, orgs: OrgFindings): OfficialMention[] {
  const { ts, tok } = doc;
  const people = doc.res.people;
  const listed = doc.arena.uint8();
  const out: OfficialMention[] = findListedOfficials(doc, regions, orgs, listed);
  const caps = capitalisedWords(doc);
  // Capitalised words outside boilerplate, from `next` on (a reading's words are passed over).
  let next = 0;
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c] as number;
    if (i < next || listed[i]) continue;
    // "Ditandatangani secara elektronik oleh:" — the signatory's name is on the next line.
    if (tok[i] === 'ditandatangani' && tok[i + 1] === 'secara' && tok[i + 2] === 'elektronik' && tok[i + 3] === 'oleh') {
      let k = i + 4;
      if (tok[k] === ':') k++;
      const r = (ts.nl[k] as number) > 0 ? readPerson(doc, k, true, orgs) : null;
      if (r) {
        out.push(toMention(doc, r, null, 'official.e-signature', 0.85));
        next = r.post.end;
      }
      continue;
    }
    const pos = startsAt(doc, i) & START_POSITION ? firstPhrase(ts, tok, i, people.positions, 0) : null;
    if (pos) {
      const roleEnd = roleTailEnd(doc, pos.next, regions, orgs);
      let k = roleEnd;
      if (tok[k] === ',' || tok[k] === ':') k++;
      const signature = k < ts.count && (ts.nl[k] as number) > 0;
      // A position in capitals names its holder only in a signature block (headlines and
      // headings in capitals run on into other words).
      if (!signature && isUpper(ts, i) && isUpper(ts, pos.next - 1)) {
        next = Math.max(i + 1, roleEnd);
        continue;
      }
      if (signature) k = skipSignatureFurniture(doc, k);
      // "Kepala Bayi", "Ketua" alone: a position that needs its unit has none; and rows of a
      // tariff table name services ("USG Kepala Bayi 1 x tindakan").
      const unitless = positionNeedsUnit(compactPosition(pos.entry.value)) && roleEnd === pos.next;
      if (!signature && (unitless || inServiceRow(doc, i))) {
        next = Math.max(i + 1, roleEnd);
        continue;
      }
      if (k < ts.count && (signature ? (ts.nl[k] as number) > 0 || k > roleEnd + 1 : (ts.nl[k] as number) === 0)) {
        let r = readPerson(doc, k, signature, orgs);
        let roleStop = roleEnd;
        // "Camat Kuta, Anak Agung …", "Lurah Sukamaju, Budi", "Rektor Universitas Halu Oleo, X":
        // a district or a unit's own name after the position belongs to the position; the
        // holder's name follows the comma.
        const unitName = r !== null && !signature && k === roleEnd && roleEndsWithUnitNameWord(doc, roleEnd);
        if (
          r &&
          !signature &&
          r.titles.honorifics.length === 0 &&
          (unitName || doc.res.organizations.placeNames.has(joinedTokens(tok, r.name.tokens)))
        ) {
          const holder = doc.tok[r.post.end] === ',' ? readPerson(doc, r.post.end + 1, false, orgs) : null;
          if (holder) {
            roleStop = r.name.end;
            r = holder;
          } else if (unitName) {
            r = null;
          }
        }
        if (r) {
          const role = squash(spanText(doc, i, roleStop));
          const withTitle = r.titles.honorifics.length > 0 || k > roleEnd;
          out.push(
            toMention(
              doc,
              r,
              role,
              signature ? 'official.signature' : `official.position:${compactPosition(pos.entry.value)}`,
              signature ? 0.85 : withTitle ? 0.9 : 0.85,
            ),
          );
          next = r.post.end;
          continue;
        }
      }
      next = Math.max(i + 1, roleEnd);
      continue;
    }
    // An honorific alone also names an official ("Kiyai Rohman", "H.M. Toha Tohet").
    const h = startsAt(doc, i) & START_HONORIFIC ? people.honorifics.get(tok[i] as string) : undefined;
    // "RSUD\nHj Anna Lasmanah": a person's name right after a unit is the unit's own name.
    const insideName =
      (i > 0 && ts.kind[i - 1] === KIND_WORD && isCap(ts, i - 1) && (ts.nl[i] as number) === 0) ||
      (i > 0 && orgs.byToken[i - 1] !== 0 && (ts.nl[i] as number) <= 1);
    // "H. Asuhan Keperawatan" after "G. …" is a list letter; "Mayor Degloving … 1 x tindakan" a tariff row.
    if (
      h &&
      (h.kind === 'honorific' || h.kind === 'rank') &&
      !insideName &&
      !orgs.byToken[i] &&
      !(tok[i - 1] === 'jl' || tok[i - 1] === 'jalan' || tok[i - 2] === 'jl') &&
      !enumerationLetter(doc, i) &&
      !inServiceRow(doc, i)
    ) {
      const r = readPerson(doc, i, false, orgs);
      if (r && r.titles.honorifics.length) {
        out.push(toMention(doc, r, null, `official.honorific:${compact(r.titles.honorifics[0] as string)}`, 0.65));
        next = r.post.end;
      }
    }
  }
  return mergeShortNames(out);
}

/**
 * One person, several forms: "Adi Arnawa" after "I Wayan Adi Arnawa", "Toha" beside "Toha
 * Tohet". A shorter name whose words run inside exactly one longer name takes its key.
 */
function mergeShortNames(mentions: OfficialMention[]): OfficialMention[] {
  // One name has no other to run inside.
  if (mentions.length < 2) return mentions;
  const keys = [...new Set(mentions.map((m) => m.key))];
  const words = new Map(keys.map((k) => [k, k.toLowerCase().split(' ')]));
  // Longer names by each of their words, so each short name is compared with few candidates.
  const byWord = new Map<string, string[]>();
  for (const k of keys) {
    for (const w of new Set(words.get(k))) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(k);
    }
  }
  const target = new Map<string, string>();
  for (const k of keys) {
    const w = words.get(k) as string[];
    const supersets = (byWord.get(w[0] as string) ?? []).filter((o) => o !== k && containsRun(words.get(o) as string[], w));
    if (supersets.length === 1) target.set(k, supersets[0] as string);
  }
  for (const m of mentions) {
    let k = target.get(m.key);
    for (let guard = 0; k && guard < 4; guard++) {
      m.key = k;
      k = target.get(k);
    }
  }
  return mentions;
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length >= haystack.length) return false;
  for (let s = 0; s + needle.length <= haystack.length; s++) {
    let ok = true;
    for (let k = 0; k < needle.length; k++)
      if (haystack[s + k] !== needle[k]) {
        ok = false;
        break;
      }
    if (ok) return true;
  }
  return false;
}

export function officialRawMentions(mentions: OfficialMention[]): RawMention[] {
  return mentions.map((m) => ({
    type: 'official' as const,
    key: m.key,
    start: m.start,
    end: m.end,
    text: m.text,
    rule: m.rule,
    confidence: m.confidence,
    attributes: { role: m.role, honorifics: m.honorifics, degrees: m.degrees },
  }));
}
