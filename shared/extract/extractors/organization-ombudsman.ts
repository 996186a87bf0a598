import type { Doc } from '../doc.ts';
import type { RegionFindings } from './region.ts';
import type { OrgMention } from './organization.ts';
import { isSkipped, isUpper } from '../text/tokenize.ts';
import type { Candidate } from './organization-candidate.ts';
import { regionStartingAt } from './organization-candidate.ts';

/** The Ombudsman and its regional offices: the national body, an office ("Perwakilan …"), a bare "Ombudsman". */

const NATIONAL_OMBUDSMAN = 'Ombudsman Republik Indonesia';
const OFFICE_OMBUDSMAN = 'Ombudsman Republik Indonesia Perwakilan';

/** "Ombudsman RI", "Ombudsman Republik Indonesia Perwakilan Sumatera Selatan", "Ombudsman Sumsel". */
export function ombudsmanCandidate(doc: Doc, regions: RegionFindings, i: number): Candidate | null {
  const { ts, tok } = doc;
  const t = tok[i];
  if (t === 'ori' && isUpper(ts, i)) {
    return {
      end: i + 1,
      key: NATIONAL_OMBUDSMAN,
      rule: 'org.ombudsman:national',
      confidence: 0.85,
      abbreviation: 'ORI',
      ombudsman: 'national',
      regionFrom: i + 1,
      region: null,
    };
  }
  if (t !== 'ombudsman') return null;
  let j = i + 1;
  let national = false;
  if (tok[j] === 'republik' && tok[j + 1] === 'indonesia' && (ts.nl[j] as number) <= 1) {
    j += 2;
    national = true;
  } else if (tok[j] === 'ri' && (ts.nl[j] as number) === 0) {
    j += 1;
    national = true;
  }
  let first = i;
  let office = false;
  // A paragraph break may split "Ombudsman RI" from "Perwakilan" (two line breaks at most).
  if (tok[j] === 'perwakilan' && (ts.nl[j] as number) <= 2 && !isSkipped(ts, j)) {
    office = true;
    j++;
  }
  if (tok[i - 1] === 'perwakilan' && (ts.nl[i] as number) === 0) {
    office = true;
    first = i - 1;
    if (tok[i - 2] === 'kantor') first = i - 2;
  }
  const regionFrom = j;
  const region = regionStartingAt(doc, regions, regionFrom);
  if (region) office = true;
  return {
    end: j,
    key: office ? OFFICE_OMBUDSMAN : NATIONAL_OMBUDSMAN,
    rule: office ? 'org.ombudsman:office' : national ? 'org.ombudsman:national' : 'org.ombudsman:bare',
    confidence: office || national ? 0.95 : 0.75,
    abbreviation: null,
    ombudsman: office ? 'office' : national ? 'national' : 'bare',
    regionFrom,
    region,
    first,
  };
}

/** A bare "Ombudsman" in a document naming only a regional office is that office. */
export function settleOmbudsman(mentions: OrgMention[]): void {
  const office = mentions.find((m) => m.ombudsman === 'office');
  const national = mentions.some((m) => m.ombudsman === 'national');
  if (!office || national) return;
  for (const m of mentions) {
    if (m.ombudsman !== 'bare') continue;
    m.key = OFFICE_OMBUDSMAN;
    m.rule = 'org.ombudsman:bare-office';
    m.region = m.region ?? office.region;
  }
}
