import type { Doc } from '../doc.ts';
import type { RegionFindings } from './region.ts';
import type { OrgMention } from './organization.ts';
import { KIND_PUNCT, KIND_WORD, isSkipped } from '../text/tokenize.ts';

/** What the organization readers share: a reading's shape and small token tests. */

export const PARENT_WORDS = new Set(['setda', 'setdakab', 'setdakot', 'setdaprov']);
/** A minister's title is not a mention of the ministry ("Menteri PANRB", "Permen PANRB"). */
export const MINISTER_WORDS = new Set(['menteri', 'permen', 'kepmen', 'menpan', 'wamen']);

export interface Candidate {
  end: number;
  key: string;
  rule: string;
  confidence: number;
  abbreviation: string | null;
  ombudsman: OrgMention['ombudsman'];
  /** Token where a region may follow (after the name, before parenthesised abbreviations). */
  regionFrom: number;
  region: string | null;
  /** First token of the mention when it starts before i ("Perwakilan Ombudsman"). */
  first?: number;
}

export function wordAt(doc: Doc, j: number): boolean {
  return j < doc.ts.count && doc.ts.kind[j] === KIND_WORD && !isSkipped(doc.ts, j);
}

export function prevWordIndex(doc: Doc, i: number): number {
  let j = i - 1;
  while (j >= 0 && doc.ts.kind[j] === KIND_PUNCT && (doc.tok[j] === '-' || doc.tok[j] === '.')) j--;
  return j;
}

export function regionStartingAt(doc: Doc, regions: RegionFindings, j: number): string | null {
  if (j >= doc.ts.count || (doc.ts.nl[j] as number) > 1) return null;
  const idx = regions.byToken[j] as number;
  if (!idx) return null;
  const m = regions.mentions[idx - 1];
  return m && m.spanFirst === j && m.chosen ? m.chosen.region.code : null;
}
