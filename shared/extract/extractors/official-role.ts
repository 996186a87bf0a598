import type { Doc } from '../doc.ts';
import { startsAt } from '../doc.ts';
import type { RegionFindings } from './region.ts';
import type { OrgFindings } from './organization.ts';
import { firstPhrase } from '../gazetteer/phrase-index.ts';
import { START_POSITION } from '../gazetteer/token-starts.ts';
import { KIND_WORD, isCap, isSkipped, isUpper } from '../text/tokenize.ts';
import { isInstitutionalWord } from '../normalize/morphology.ts';
import { wideGap, wordAt } from './official-names.ts';

/** A position's title after its first words: units, regions and role words that continue it. */

const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']);
const MAX_ROLE_STEPS = 30;

/** Can token j continue a position's title ("… Bagian Organisasi Setda Kab. Muba")? */
export function roleTailEnd(doc: Doc, j: number, regions: RegionFindings, orgs: OrgFindings): number {
  const { ts, tok } = doc;
  const people = doc.res.people;
  let end = j;
  const roleish = (q: number): boolean => {
    if (!wordAt(doc, q)) return false;
    const t = tok[q] as string;
    if (regions.byToken[q] || orgs.byToken[q] || people.positions.byFirst.has(t)) return true;
    return (isCap(ts, q) || isUpper(ts, q)) && !people.honorifics.has(t) && (people.roleWords.has(t) || isInstitutionalWord(t));
  };
  for (let steps = 0; steps < MAX_ROLE_STEPS && j < ts.count; steps++) {
    if (isSkipped(ts, j) || ((ts.nl[j] as number) === 0 && wideGap(doc, j))) break;
    if ((ts.nl[j] as number) > 0) {
      // A title in capitals may run over a line ("MENTERI HUKUM … \n REPUBLIK INDONESIA,").
      if ((ts.nl[j] as number) > 1 || !isUpper(ts, j) || !isUpper(ts, j - 1) || !roleish(j)) break;
    }
    const r = regions.byToken[j] as number;
    if (r) {
      const m = regions.mentions[r - 1];
      if (m) {
        j = m.nameEnd;
        end = j;
        continue;
      }
    }
    const o = orgs.byToken[j] as number;
    if (o) {
      const m = orgs.mentions[o - 1];
      if (m && m.end > j) {
        j = m.end;
        end = j;
        continue;
      }
    }
    const pos = startsAt(doc, j) & START_POSITION ? firstPhrase(ts, tok, j, people.positions, 0) : null;
    if (pos && wordAt(doc, j)) {
      j = pos.next;
      end = j;
      continue;
    }
    const t = tok[j] as string;
    if (ts.kind[j] === KIND_WORD) {
      const nextCapWord = wordAt(doc, j + 1) && isCap(ts, j + 1) && (ts.nl[j + 1] as number) === 0;
      if (t === 'dan' && roleish(j + 1)) {
        j++;
        continue;
      }
      if (people.honorifics.has(t) && isCap(ts, j)) break;
      if (ROMAN.has(t) && isUpper(ts, j) && !nextCapWord) {
        j++;
        end = j;
        continue;
      }
      // Lower-case role words only as a bridge to more title ("… Organisasi setda Kab. Muba").
      if (roleish(j) || (people.roleWords.has(t) && wordAt(doc, j + 1) && isCap(ts, j + 1) && roleish(j + 1))) {
        j++;
        end = j;
        continue;
      }
      if (
        isUpper(ts, j) &&
        t.length >= 2 &&
        t.length <= 5 &&
        !nextCapWord &&
        tok[j + 1] !== '.' &&
        !isUpper(ts, j - 1) &&
        !people.degrees.has(t)
      ) {
        j++;
        end = j;
        continue;
      }
      break;
    }
    if (t === '(') {
      let k = j + 1;
      while (k < ts.count && k - j <= 3 && ts.kind[k] === KIND_WORD) k++;
      if (tok[k] === ')' && k > j + 1) {
        j = k + 1;
        end = j;
        continue;
      }
      break;
    }
    if (t === ',' && roleish(j + 1) && !regions.byToken[j + 1]) {
      j++;
      continue;
    }
    break;
  }
  return end;
}
