import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../electron/backend/import/read-document.ts';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import { preparedResources } from '../../unit/extract/corpus.ts';
import { decreesDir } from '../../helpers/fixtures/paths.ts';

/*
 * Issue 11, item 2, on the real 127-page Perda of the shared corpus (text layer, read with the
 * real reader; no OCR). Its tariff annexes gave a clerk false matches to reject one by one:
 * medical rows ("Bone open biopsy"), a temple ("Candi Bima"), villages named like regencies
 * ("Karanganyar" under its kecamatan), "Kabupaten\nMadiun" filed as Kota Madiun, and title words
 * taken as officials ("Sp Mata", "Kepala Bayi", "Mayor Degloving", "H. Asuhan Keperawatan").
 * The rules were written while reading this document: these are development figures.
 */

const FILE = 'perda-banjarnegara-8-2025.pdf';

async function extractPerda() {
  const bytes = readFileSync(join(decreesDir(), FILE));
  const doc = await readDocument({ bytes, name: FILE }, { ocr: 'off' });
  expect(doc.pages).toHaveLength(127);
  return { text: doc.text, result: extractDocument(doc.text, await preparedResources(), { pages: doc.pages }) };
}

describe(`${FILE}: words that are ambiguous`, async () => {
  const { text, result } = await extractPerda();
  const regions = result.entities.filter((e) => e.type === 'region');
  const officials = result.entities.filter((e) => e.type === 'official');
  const mentionTexts = (key: string) =>
    regions.filter((e) => e.normalized === key).flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));

  it('has no region read from a medical row, a temple or a village', () => {
    expect(regions.map((e) => e.normalized)).not.toContain('73.08'); // Bone
    expect(regions.map((e) => e.normalized)).not.toContain('52.72'); // Bima
    // Karanganyar is named as a village three times and as a regency once, in the regency table.
    expect(mentionTexts('33.13').map((t) => t.replace(/\s+/g, ' '))).toEqual(['Kabupaten Karanganyar']);
  });

  it('files each regency and city of the out-of-region tariff under its own level', () => {
    expect(mentionTexts('35.19').map((t) => t.replace(/\s+/g, ' '))).toEqual(['Kabupaten Madiun']);
    expect(mentionTexts('35.77')).toEqual(['Kota Madiun']);
    for (const e of regions) {
      for (const m of e.mentions) {
        const levelWord = text.slice(m.start, m.end).split(/\s/)[0]?.toLowerCase();
        if (levelWord === 'kabupaten') expect(e.attributes, m.text).toMatchObject({ level: 'regency' });
        if (levelWord === 'kota') expect(e.attributes, m.text).toMatchObject({ level: 'city' });
      }
    }
  });

  it('takes no title word, table text or paraf label for an official, and keeps the signatories', () => {
    const names = officials.map((e) => e.normalized);
    for (const wrong of ['Sp Mata', 'Bayi', 'Leher', 'Leher Ranap', 'Degloving', 'Asuhan Keperawatan', 'Jft'])
      expect(names).not.toContain(wrong);
    expect(names).toEqual(expect.arrayContaining(['Amalia Desiana', 'Tursiman']));
    // The issuing regency and its province are still found.
    expect(regions.map((e) => e.normalized)).toEqual(expect.arrayContaining(['33.04', '33']));
  });
});
