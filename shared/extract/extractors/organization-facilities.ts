import type { Doc } from '../doc.ts';
import type { RegionFindings } from './region.ts';
import type { UnitHeadEntry } from '../resources.ts';
import { KIND_WORD, hasSpaceBefore, isCap, isUpper, tokEnd, tokStart } from '../text/tokenize.ts';
import { titleCase, titleWord } from '../normalize/text-forms.ts';
import type { Candidate } from './organization-candidate.ts';
import { wordAt } from './organization-candidate.ts';

/** Named facilities and districts ("Puskesmas Talun", "RSUD dr. R. Soetrasno", "Kecamatan Sumber"). */

/** Generic talk about a kind of unit, not a unit ("setiap Puskesmas", "maupun RSUD"). */
const GENERIC_BEFORE = new Set([
  'maupun',
  'atau',
  'ataupun',
  'setiap',
  'disetiap',
  'tiap',
  'para',
  'seluruh',
  'semua',
  'berbagai',
  'sejumlah',
  'beberapa',
  'antar',
  'sebuah',
  'suatu',
]);

/** "Puskesmas Ulak Paceh", "RSUD Waled", "RSUD" alone (generic), "Kecamatan Sumber". */
export function properCandidate(doc: Doc, regions: RegionFindings, i: number, h: number, head: UnitHeadEntry): Candidate | null {
  const { ts, tok } = doc;
  const orgs = doc.res.organizations;
  if (head.titledName) {
    const titled = titledName(doc, regions, h);
    if (titled) {
      return {
        end: titled.end,
        key: `${head.canonical} ${titled.name}`,
        rule: `org.head:${head.id}+titled-name`,
        confidence: 0.85,
        abbreviation: h - i === 1 && isUpper(ts, i) ? ts.text.slice(tokStart(ts, i), tokEnd(ts, i)) : null,
        ombudsman: null,
        regionFrom: titled.end,
        region: null,
      };
    }
  }
  // A facility named after its district ("Puskesmas Kecamatan Tanah Abang").
  const districtWord =
    (tok[h] === 'kecamatan' || tok[h] === 'kelurahan' || tok[h] === 'distrik') && isCap(ts, h) && (ts.nl[h] as number) === 0 ? h : -1;
  const run: number[] = districtWord >= 0 ? [districtWord] : [];
  for (let j = districtWord >= 0 ? h + 1 : h; run.length < 5 && j < ts.count; j++) {
    const t = tok[j] as string;
    if (!wordAt(doc, j) || !isCap(ts, j) || (ts.nl[j] as number) > 0 || regions.byToken[j]) break;
    if (orgs.headWords.has(t) || doc.res.people.stopWords.has(t) || orgs.abbreviations.has(t) || doc.res.people.degrees.has(t)) break;
    if (doc.res.people.positions.byFirst.has(t) || doc.res.people.honorifics.has(t)) break;
    run.push(j);
  }
  let take = run.length;
  if (take > 2) {
    // A longer capitalised run is the name followed by something else (often a person).
    take = 0;
    for (let k = Math.min(3, run.length); k >= 1; k--) {
      const name = run
        .slice(0, k)
        .map((j) => tok[j])
        .join(' ');
      if (orgs.placeNames.has(name)) {
        take = k;
        break;
      }
    }
    if (!take) take = run.length <= 3 ? run.length : 1;
  }
  let nameTokens = run.slice(0, take);
  // A district named like its regency ("Distrik Mimika Baru", "Kecamatan Pemalang"): the
  // district list decides, region words included.
  if (!nameTokens.length && head.requiresName) nameTokens = districtName(doc, h);
  if (!nameTokens.length) {
    if (head.requiresName) return null;
    if (GENERIC_BEFORE.has(tok[i - 1] ?? '')) return null;
  }
  const end = nameTokens.length ? (nameTokens[nameTokens.length - 1] as number) + 1 : h;
  const name = nameTokens.map((j) => ts.norm.slice(tokStart(ts, j), tokEnd(ts, j)));
  return {
    end,
    key: name.length ? `${head.canonical} ${titleCase(name, true)}` : head.canonical,
    rule: `org.head:${head.id}${name.length ? '+name' : ''}`,
    confidence: name.length ? 0.85 : 0.7,
    abbreviation: h - i === 1 && isUpper(ts, i) ? ts.text.slice(tokStart(ts, i), tokEnd(ts, i)) : null,
    ombudsman: null,
    regionFrom: end,
    region: null,
  };
}

/** The longest run of up to three capitalised words at h that is a district's name, as token indexes. */
function districtName(doc: Doc, h: number): number[] {
  const { ts, tok } = doc;
  const words: string[] = [];
  let best: number[] = [];
  for (let j = h; j < h + 3 && wordAt(doc, j) && isCap(ts, j) && (ts.nl[j] as number) === 0; j++) {
    words.push(tok[j] as string);
    if (doc.res.organizations.placeNames.has(words.join(' '))) best = Array.from({ length: j - h + 1 }, (_, k) => h + k);
  }
  return best;
}

/** Whether token j can be part of a facility's proper name (capitalised, not a unit, position or region word). */
function properWord(doc: Doc, regions: RegionFindings, j: number): boolean {
  const { ts, tok } = doc;
  const t = tok[j] as string;
  const people = doc.res.people;
  const orgs = doc.res.organizations;
  if (!wordAt(doc, j) || !isCap(ts, j) || (ts.nl[j] as number) > 0 || regions.byToken[j]) return false;
  return !(
    orgs.headWords.has(t) ||
    people.stopWords.has(t) ||
    orgs.abbreviations.has(t) ||
    people.degrees.has(t) ||
    people.positions.byFirst.has(t)
  );
}

/**
 * A facility named after a person, titles and initials included: "dr. R. Soetrasno", "Brigjend
 * H. Hasan Basry Kandangan", "Prof. Dr. W. Z. Johannes". Null when the name has no title or
 * initial (the plain reading applies).
 */
function titledName(doc: Doc, regions: RegionFindings, h: number): { name: string; end: number } | null {
  const { ts, tok } = doc;
  const people = doc.res.people;
  let j = h;
  let titles = 0;
  let words = 0;
  let end = h;
  for (let guard = 0; guard < 12 && j < ts.count && words < 4; guard++) {
    if (!wordAt(doc, j) || (ts.nl[j] as number) > 0) break;
    const t = tok[j] as string;
    const dotted = tok[j + 1] === '.' && !hasSpaceBefore(ts, j + 1);
    const title = people.honorifics.get(t);
    if (words === 0 && title && title.kind !== 'address' && (isCap(ts, j) || t === 'dr')) {
      titles++;
      j += dotted ? 2 : 1;
      end = j;
      continue;
    }
    if (t.length === 1 && isUpper(ts, j) && dotted) {
      titles++;
      j += 2;
      end = j;
      continue;
    }
    if (!properWord(doc, regions, j)) break;
    words++;
    j += dotted && title?.kind === 'keep' ? 2 : 1;
    end = j;
  }
  if (!titles || !words) return null;
  // Titles as written ("dr.", "H."), name words title-cased ("DJASAMEN" → "Djasamen").
  let name = '';
  for (let k = h; k < end; k++) {
    const w = ts.norm.slice(tokStart(ts, k), tokEnd(ts, k));
    const title = ts.kind[k] !== KIND_WORD || (tok[k] as string).length === 1 || people.honorifics.has(tok[k] as string);
    name += (k > h && hasSpaceBefore(ts, k) ? ' ' : '') + (title ? w : titleWord(w, true));
  }
  return { name, end };
}
