import type { Doc } from '../doc.ts';
import { capitalisedWords, spanText, startsAt } from '../doc.ts';
import type { RawMention } from '../mention.ts';
import type { RegionFindings } from './region.ts';
import type { OrgForm } from '../gazetteer/organization-gazetteer.ts';
import { firstPhrase } from '../gazetteer/phrase-index.ts';
import { START_ORG_ABBREVIATION, START_ORG_PHRASE } from '../gazetteer/token-starts.ts';
import { KIND_WORD, hasSpaceBefore, isCap, isUpper, tokEnd, tokStart } from '../text/tokenize.ts';
import type { Candidate } from './organization-candidate.ts';
import { MINISTER_WORDS, PARENT_WORDS, prevWordIndex, regionStartingAt, wordAt } from './organization-candidate.ts';
import { headCandidate } from './organization-units.ts';
import { ombudsmanCandidate, settleOmbudsman } from './organization-ombudsman.ts';

/**
 * Government institutions and units (ENTITIES.md, "Organizations"): known names and
 * abbreviations from the canonical table, units built from a head and a field ("Dinas" +
 * "Sosial", "Bagian" + "Organisasi"), named facilities ("Puskesmas Talun"), the Ombudsman and
 * its regional offices. The key is the canonical name without region; the region the text
 * ties the unit to is an attribute.
 */

export interface OrgMention {
  first: number;
  end: number;
  key: string;
  rule: string;
  confidence: number;
  abbreviation: string | null;
  region: string | null;
  /** Ombudsman readings, settled per document (a bare "Ombudsman" may be the office). */
  ombudsman: 'national' | 'office' | 'bare' | null;
}

export interface OrgFindings {
  mentions: OrgMention[];
  byToken: Int32Array;
}

function phraseCandidate(doc: Doc, i: number): Candidate | null {
  if (!(startsAt(doc, i) & START_ORG_PHRASE)) return null;
  const m = firstPhrase(doc.ts, doc.tok, i, doc.res.organizations.phrases, 1);
  if (!m) return null;
  const form: OrgForm = m.entry.value;
  if (form.entry.kind === 'ministry' && MINISTER_WORDS.has(doc.tok[prevWordIndex(doc, i)] ?? '')) return null;
  return {
    end: m.next,
    key: form.entry.canonical,
    rule: form.rule,
    confidence: 0.95,
    abbreviation: null,
    ombudsman: null,
    regionFrom: m.next,
    region: null,
  };
}

/** The abbreviation `c` written over tokens first..end, if it is one there (some must be in capitals). */
function abbreviationOver(doc: Doc, c: string, first: number, end: number): OrgForm | null {
  const form = doc.res.organizations.abbreviations.get(c);
  if (!form) return null;
  if (form.upperOnly) {
    for (let j = first; j < end; j++) if (doc.ts.kind[j] === KIND_WORD && !isUpper(doc.ts, j)) return null;
  }
  return form;
}

/** Abbreviations and short forms, over up to four written pieces ("Kemenpan-RB", "Satpol PP"). */
function abbreviationCandidate(doc: Doc, i: number): Candidate | null {
  const { ts, tok } = doc;
  const orgs = doc.res.organizations;
  if (!(startsAt(doc, i) & START_ORG_ABBREVIATION)) return null;
  let c = tok[i] as string;
  let form = abbreviationOver(doc, c, i, i + 1);
  let end = i + 1;
  let j = i + 1;
  for (let k = 0; k < 3 && j < ts.count; k++) {
    if (tok[j] === '-' && !hasSpaceBefore(ts, j)) j++;
    if (!wordAt(doc, j) || (ts.nl[j] as number) > 0 || !isCap(ts, j)) break;
    c += tok[j] as string;
    if (!orgs.abbreviations.has(c) && !orgs.abbreviationPrefixes.has(c)) break;
    const longer = abbreviationOver(doc, c, i, j + 1);
    if (longer) {
      form = longer;
      end = j + 1;
    }
    j++;
  }
  if (!form) return null;
  if (form.entry.kind === 'ministry' && MINISTER_WORDS.has(tok[prevWordIndex(doc, i)] ?? '')) return null;
  let key = form.entry.canonical;
  let stop = end;
  // "Dinsos KBPP": an abbreviation the text leaves unexpanded stays in the key.
  const next = tok[end] ?? '';
  if (
    form.entry.kind === 'opd' &&
    !isUpper(ts, i) &&
    wordAt(doc, end) &&
    (ts.nl[end] as number) === 0 &&
    isUpper(ts, end) &&
    next.length >= 2 &&
    next.length <= 6 &&
    next !== 'ri' &&
    !orgs.abbreviations.has(next) &&
    !doc.res.people.degrees.has(next) &&
    !doc.res.regions.phrases.byFirst.has(next)
  ) {
    key = `${key} ${ts.norm.slice(tokStart(ts, end), tokEnd(ts, end))}`;
    stop = end + 1;
  }
  return {
    end: stop,
    key,
    rule: form.rule,
    confidence: 0.9,
    abbreviation: spanText(doc, i, end),
    ombudsman: null,
    regionFrom: stop,
    region: null,
  };
}

/** "(Dukcapil)", "(KemenPAN-RB)" right after a unit: its abbreviation, part of the mention. */
function parenthesisedAbbreviation(doc: Doc, j: number): { text: string; end: number } | null {
  const { ts, tok } = doc;
  if (tok[j] !== '(' || (ts.nl[j] as number) > 0) return null;
  let k = j + 1;
  const from = k;
  while (k < ts.count && k - from < 4 && tok[k] !== ')' && (ts.kind[k] === KIND_WORD || tok[k] === '-')) k++;
  if (tok[k] !== ')' || k === from || !isCap(ts, from)) return null;
  return { text: spanText(doc, from, k), end: k + 1 };
}

function longer(best: Candidate | null, c: Candidate | null): Candidate | null {
  return c && (!best || c.end > best.end) ? c : best;
}

export function findOrganizations(doc: Doc, regions: RegionFindings): OrgFindings {
  const mentions: OrgMention[] = [];
  const byToken = doc.arena.int32();
  const caps = capitalisedWords(doc);
  // Capitalised words outside boilerplate, from `next` on (a unit's words are passed over).
  let next = 0;
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c] as number;
    if (i < next || byToken[i]) continue;
    // The longest reading wins; on a tie the earlier reader's.
    let best = ombudsmanCandidate(doc, regions, i);
    best = longer(best, headCandidate(doc, regions, i));
    best = longer(best, phraseCandidate(doc, i));
    best = longer(best, abbreviationCandidate(doc, i));
    if (!best) continue;
    let end = best.end;
    let abbreviation = best.abbreviation;
    const paren = parenthesisedAbbreviation(doc, end);
    if (paren) {
      abbreviation = paren.text;
      end = paren.end;
    }
    let r = best.regionFrom === best.end ? end : best.regionFrom;
    if (PARENT_WORDS.has(doc.tok[r] ?? '')) r++;
    else if (doc.tok[r] === 'sekretariat' && doc.tok[r + 1] === 'daerah') r += 2;
    const region = best.region ?? regionStartingAt(doc, regions, r);
    const first = best.first ?? i;
    mentions.push({
      first,
      end,
      key: best.key,
      rule: best.rule,
      confidence: best.confidence,
      abbreviation,
      region,
      ombudsman: best.ombudsman,
    });
    // Parent words consumed with the unit ("Bagian Organisasi Setda") are not separate units.
    const covered = r > end && !regions.byToken[end] ? r : end;
    for (let j = first; j < covered; j++) byToken[j] = mentions.length;
    next = covered;
  }
  settleOmbudsman(mentions);
  return { mentions, byToken };
}

export function organizationRawMentions(doc: Doc, found: OrgFindings): RawMention[] {
  return found.mentions.map((m) => ({
    type: 'organization' as const,
    key: m.key,
    start: tokStart(doc.ts, m.first),
    end: tokEnd(doc.ts, m.end - 1),
    text: spanText(doc, m.first, m.end),
    rule: m.rule,
    confidence: m.confidence,
    attributes: { abbreviation: m.abbreviation, region: m.region },
  }));
}
