import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import type { OcrZone, PageText, WordBox } from '../../../shared/types/document.ts';
import { fixturePath } from '../../helpers/fixtures/paths.ts';
import { preparedResources } from './corpus.ts';

/*
 * The Penutup of a scanned decree as a second OCR reading of its zones gives it
 * (PageText.zones): the date stamped into "pada tanggal" and a signature block the page's own
 * reading lost. Composed from the keputusan draft (tests/fixtures/decree-drafts) with what a scan
 * loses taken out of the page text.
 */
const full = readFileSync(fixturePath('decree-drafts/keputusan-with-letter.txt'), 'utf8');
/** The page as OCR read it: the stamped date and the name under the signature are not there. */
const scanned = full.replace('pada tanggal 3 Maret 2024', 'pada tanggal').replace('Dr. BUDI HARTONO, S.H., M.H.', '');

/** Words of a zone's text, one line per 40 pixels, each character 10 pixels wide. */
function zone(
  purpose: OcrZone['purpose'],
  text: string,
  confidence: number,
  confidenceOf: (word: string) => number = () => confidence,
): OcrZone {
  const words: WordBox[] = [];
  let at = 0;
  text.split('\n').forEach((line, row) => {
    for (const m of line.matchAll(/\S+/g)) {
      words.push({
        text: m[0],
        start: at + m.index,
        end: at + m.index + m[0].length,
        x: 1200 + m.index * 10,
        y: 2600 + row * 40,
        width: m[0].length * 10,
        height: 30,
        confidence: confidenceOf(m[0]),
      });
    }
    at += line.length + 1;
  });
  return { purpose, text, words, confidence };
}

function page(text: string, zones: OcrZone[]): PageText[] {
  return [{ pageNo: 2, text, start: 0, end: text.length, width: 2480, height: 3508, source: 'ocr', ocrConfidence: 0.9, words: [], zones }];
}

const SIGNATURE =
  'Ditetapkan di Jakarta\npada tanggal\na.n. MENTERI TATA KELOLA ARSIP\nREPUBLIK INDONESIA\nSEKRETARIS JENDERAL,\nDr. BUDI HARTONO, S.H., M.H.';

async function read(text: string, zones: OcrZone[]) {
  return extractDocument(text, await preparedResources(), { pages: page(text, zones) });
}

describe('the Penutup read again from its zones', () => {
  it('takes the stamped date from the most confident reading that agrees with the Judul’s year, flagged weak, with its box', async () => {
    const r = await read(scanned, [
      zone('penutup-date', 'pada tanggal 8 MAR 2024', 0.7),
      zone('penutup-date', 'pada tanggal 3 MAR 2024', 0.9),
      zone('penutup-date', 'pada tanggal 3 MAR 2021', 0.95),
    ]);
    expect(r.particulars!.date_established).toBe('2024-03-03');
    const source = r.particulars_sources.date_established!;
    expect(source).toMatchObject({ page: 2, weak: true, rule: 'penutup.zone.tanggal', box: { x: 1330, y: 2600, height: 30 } });
    expect(scanned.slice(source.start, source.end)).toMatch(/^Ditetapkan di Jakarta\npada tanggal/);
  });

  it('reads a month a stamp cut short, and no date from an unsure reading or one without a month', async () => {
    expect((await read(scanned, [zone('penutup-date', 'pada tanggal 3 Mare 2024', 0.8)])).particulars!.date_established).toBe('2024-03-03');
    expect((await read(scanned, [zone('penutup-date', 'pada tanggal 3 MAR 2024', 0.3)])).particulars!.date_established).toBeNull();
    expect((await read(scanned, [zone('penutup-date', 'pada tanggal 2 Powe: Zea', 0.8)])).particulars!.date_established).toBeNull();
  });

  it('takes the name the page lost from the signature block, never the office line a stamp garbled', async () => {
    const r = await read(scanned, [
      zone('penutup-signature', SIGNATURE.replace('SEKRETARIS JENDERAL,', 'SEKRETARIS JENDERAL,\n| IA ATA KELOLA ARSIP'), 0.8),
    ]);
    expect(r.particulars).toMatchObject({
      signatory: 'Budi Hartono',
      signatory_role: 'Sekretaris Jenderal, a.n. Menteri Tata Kelola Arsip Republik Indonesia',
    });
    expect(r.particulars_sources.signatory).toMatchObject({
      page: 2,
      weak: true,
      rule: 'penutup.zone.signature.name',
      box: { y: 2600 + 6 * 40 },
    });
  });

  it('keeps the name the page shows, unless the zone reads the same letters with the apostrophe the page lost', async () => {
    const shown = full.replace('Dr. BUDI HARTONO, S.H., M.H.', 'BUDI HARTONO');
    const other = await read(shown, [zone('penutup-signature', SIGNATURE.replace('BUDI HARTONO', 'BUDI HARTANTO'), 0.9)]);
    expect(other.particulars!.signatory).toBe('Budi Hartono');
    expect(other.particulars_sources.signatory!.weak).toBe(false);
    const apostrophe = await read(shown.replace('BUDI HARTONO', 'BUDI NAIM'), [
      zone('penutup-signature', SIGNATURE.replace('BUDI HARTONO', "BUDI NA'IM"), 0.9),
    ]);
    expect(apostrophe.particulars!.signatory).toBe("Budi Na'im");
  });

  it('gives no date and no name without zones: a Penutup the scan lost stays null', async () => {
    const r = await read(scanned, []);
    expect(r.particulars).toMatchObject({ date_established: null, signatory: null });
  });
});
