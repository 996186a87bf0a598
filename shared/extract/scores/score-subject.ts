import type { Doc } from '../doc.ts';
import { spanText } from '../doc.ts';
import type { RegionFindings, RegionMention } from '../extractors/region.ts';
import type { OrgFindings, OrgMention } from '../extractors/organization.ts';
import { squash } from '../normalize/text-forms.ts';
import type { NumberToken } from './number-token.ts';
import { sentenceBounds } from './sentence.ts';
import { KIND_NUM, KIND_WORD } from '../text/tokenize.ts';

/** Who a score is given to: the name as written, its record key and, for a unit, its region. */
export interface ScoreSubject {
  text: string;
  /** A region code ("16.06") or a unit's organization key ("Dinas Sosial"). */
  key: string | null;
  /** For a unit, the region code the text ties it to. */
  region: string | null;
  /** False when a bare name stands for two regions and no level word decides it ("Bima"). */
  certain: boolean;
}

/** How far back in the sentence a subject is searched (tokens), and forward for "4,52 diraih Dinas Sosial". */
const BACK = 30;
const AHEAD = 6;

function fromRegion(doc: Doc, m: RegionMention): ScoreSubject {
  return {
    text: squash(spanText(doc, m.spanFirst, m.nameEnd)),
    key: m.chosen ? m.chosen.region.code : null,
    region: null,
    // Decided by a level word on the name or elsewhere in the document for the same name.
    certain: m.explicit !== null || m.candidates.length <= 1 || m.rule.endsWith('#document-level'),
  };
}

function fromOrg(doc: Doc, m: OrgMention, region: RegionMention | undefined): ScoreSubject {
  const end = region ? region.nameEnd : m.end;
  return {
    text: squash(spanText(doc, m.first, end)),
    key: m.key,
    region: m.region ?? (region?.chosen ? region.chosen.region.code : null),
    certain: true,
  };
}

/** Words that make the next name a scope, not a subject: "se-Sumatera Selatan", "tingkat Provinsi Jawa Barat". */
const SCOPE_BEFORE = new Set(['se', 'tingkat', 'wilayah', 'kawasan']);
/** "untuk IPP Dinas Sosial", "diraih Dinas Sosial": a unit right after the number is its subject. */
const FOR_AFTER = new Set(['untuk', 'bagi', 'oleh', 'diraih', 'diperoleh', 'milik']);
/** "Kabupaten ini", "daerah tersebut", "Hal itu": the subject is named in the sentence before. */
const POINTING = new Set(['ini', 'itu', 'tersebut']);
const POINTED_NOUNS = new Set([
  'kabupaten',
  'kota',
  'provinsi',
  'daerah',
  'pemkab',
  'pemkot',
  'pemprov',
  'pemda',
  'pemerintah',
  'hal',
  'instansi',
  'dinas',
  'lembaga',
  'unit',
  'opd',
]);

function isScope(doc: Doc, first: number): boolean {
  let j = first - 1;
  if (doc.tok[j] === '-') j--;
  return SCOPE_BEFORE.has(doc.tok[j] ?? '');
}

/** The subject a name at token j stands for, if any: a unit, a region, or a unit followed by its region. */
function subjectAt(doc: Doc, j: number, regions: RegionFindings, orgs: OrgFindings): ScoreSubject | null {
  const o = orgs.byToken[j] as number;
  if (o) {
    const m = orgs.mentions[o - 1];
    return m ? fromOrg(doc, m, undefined) : null;
  }
  const r = regions.byToken[j] as number;
  if (!r) return null;
  const m = regions.mentions[r - 1];
  if (!m || isScope(doc, m.spanFirst)) return null;
  const before = m.spanFirst - 1;
  const unit = before >= 0 ? (orgs.byToken[before] as number) : 0;
  const um = unit ? orgs.mentions[unit - 1] : undefined;
  if (um && um.end === m.spanFirst) return fromOrg(doc, um, m);
  return fromRegion(doc, m);
}

function pointsBack(doc: Doc, s: number, end: number): boolean {
  for (let j = s + 1; j < end; j++) if (POINTING.has(doc.tok[j] as string) && POINTED_NOUNS.has(doc.tok[j - 1] as string)) return true;
  return false;
}

/**
 * The subject nearest before the number in its sentence ("Kota Kediri meraih nilai 4,52"), or a
 * unit the number is said to be for ("4,63 untuk IPP Disdukcapil"), or a name right after it
 * ("Dengan nilai 88,56, Pemda X masuk …"). A region right after a unit's name is the unit's
 * region ("Dinas Sosial Kabupaten X meraih 87,91" is the Dinas Sosial's score); "se-X" is a scope.
 * A sentence pointing back ("Kabupaten ini", "Hal itu") takes the first name of the sentence
 * before. Never the document's main region by default: no subject found gives null.
 */
export function subjectOf(doc: Doc, n: NumberToken, s: number, e: number, regions: RegionFindings, orgs: OrgFindings): ScoreSubject | null {
  for (let j = n.end, words = 0; j < e && words < 3; j++) {
    if (doc.ts.kind[j] === KIND_NUM) break;
    if (doc.ts.kind[j] !== KIND_WORD) continue;
    words++;
    if (!FOR_AFTER.has(doc.tok[j] as string)) continue;
    for (let k = j + 1; k < e && k - j <= 3; k++) {
      const o = orgs.byToken[k] as number;
      const m = o ? orgs.mentions[o - 1] : undefined;
      if (m) return fromOrg(doc, m, undefined);
    }
    break;
  }
  for (let j = n.first - 1; j >= s && n.first - j <= BACK; j--) {
    const found = subjectAt(doc, j, regions, orgs);
    if (found) return found;
    if (regions.byToken[j] || orgs.byToken[j]) continue;
  }
  for (let j = n.end; j < e && j - n.end <= AHEAD; j++) {
    const found = subjectAt(doc, j, regions, orgs);
    if (found) return found;
  }
  if (s > 0 && pointsBack(doc, s, n.first)) {
    const [ps] = sentenceBounds(doc, s - 1);
    for (let j = ps; j < s; j++) {
      const found = subjectAt(doc, j, regions, orgs);
      if (found) return found;
    }
  }
  return null;
}

/** The subject named inside a table's subject cell (tokens [first, end)): its first unit or region. */
export function subjectInCell(doc: Doc, first: number, end: number, regions: RegionFindings, orgs: OrgFindings): ScoreSubject | null {
  for (let j = first; j < end; j++) {
    const found = subjectAt(doc, j, regions, orgs);
    if (found) return { ...found, text: squash(spanText(doc, first, end)) };
  }
  return null;
}
