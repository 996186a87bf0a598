import type { PreparedOrganizations } from './organization-gazetteer.ts';
import type { PreparedPeople } from './people-gazetteer.ts';
import type { PreparedRegions } from './region-gazetteer.ts';
import { DECREE_KIND_FIRST_WORDS, NUMBER_WORDS } from '../extractors/decree.ts';

/**
 * What a token may open, as bit flags: one Map lookup per token when a document is read, so the
 * extractors test a bit where they would otherwise probe several large gazetteer tables at every
 * capitalised word (most words open nothing, and a miss in a table of thousands of keys costs as
 * much as a hit). A flag is set exactly when the token is a key of that table.
 */
export const START_REGION_PHRASE = 1;
/** A region name written as one word or its beginning ("Lubuklinggau", "Banyu"). */
export const START_REGION_JOINED = 2;
export const START_ORG_HEAD = 4;
export const START_ORG_PHRASE = 8;
/** An organization's abbreviation or its beginning ("Kemenpan" of "Kemenpan-RB"). */
export const START_ORG_ABBREVIATION = 16;
export const START_POSITION = 32;
export const START_HONORIFIC = 64;
/** The first word of a legal instrument's name ("Peraturan", "UU"). */
export const START_DECREE_KIND = 128;
/** "Nomor", "No". */
export const START_NUMBER_WORD = 256;
/** A region level word ("Kabupaten", "Kab", "Pemkot"): asked of the word before every capitalised word. */
export const START_LEVEL_WORD = 512;

export function buildTokenStarts(
  regions: PreparedRegions,
  organizations: PreparedOrganizations,
  people: PreparedPeople,
): Map<string, number> {
  const starts = new Map<string, number>();
  const mark = (keys: Iterable<string>, flag: number): void => {
    for (const k of keys) starts.set(k, (starts.get(k) ?? 0) | flag);
  };
  mark(regions.phrases.byFirst.keys(), START_REGION_PHRASE);
  mark(regions.joined.keys(), START_REGION_JOINED);
  mark(regions.joinedPrefixes, START_REGION_JOINED);
  mark(organizations.heads.byFirst.keys(), START_ORG_HEAD);
  mark(organizations.phrases.byFirst.keys(), START_ORG_PHRASE);
  mark(organizations.abbreviations.keys(), START_ORG_ABBREVIATION);
  mark(organizations.abbreviationPrefixes, START_ORG_ABBREVIATION);
  mark(people.positions.byFirst.keys(), START_POSITION);
  mark(people.honorifics.keys(), START_HONORIFIC);
  mark(DECREE_KIND_FIRST_WORDS, START_DECREE_KIND);
  mark(NUMBER_WORDS, START_NUMBER_WORD);
  mark(regions.levelWords.keys(), START_LEVEL_WORD);
  return starts;
}
