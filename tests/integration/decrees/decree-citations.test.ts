import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import { composedDecreeText, composedParticulars, decreeParts } from '../../helpers/decree-parts.ts';
import { call, importTexts } from '../../helpers/backend-calls.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

describe('cited by', () => {
  it('lists each decree with the documents citing it and the decrees it cites, both ways', async () => {
    const dir = tempDir();
    const { parts, control } = decreeParts();
    // A regulation 5/2023 in the library; a decree whose Mengingat cites it; a news item mentioning it.
    control.reading = (text) => {
      if (text.includes('NOMOR 5\n'))
        return { ...composedParticulars({ number: '5', year: 2023 }), kind: 'perkada', legal_basis: ['23/2014'] };
      if (text.includes('NOMOR 188.45')) return { ...composedParticulars(), legal_basis: ['23/2014', '5/2023'] };
      return null;
    };
    const backend = createBackend({ dataDir: join(dir, 'data'), version: 'test', parts, systemUser: 'sistem' });
    const [regulation, decree, news] = await importTexts(backend, dir, [
      composedDecreeText({ number: '5', year: 2023 }),
      composedDecreeText(),
      'Dinas Sosial menjalankan Peraturan Bupati Nomor 5 Tahun 2023.',
    ]);
    const cited = 'Peraturan Bupati Nomor 5 Tahun 2023';
    const start = 'Dinas Sosial menjalankan '.length;
    await call(backend, 'entities.add', {
      documentId: news!,
      type: 'decree',
      start,
      end: start + cited.length,
      normalized: '5/2023',
      attributes: { kind: 'perkada' },
    });
    const { items } = await call(backend, 'decrees.citations', {});
    const byDoc = new Map(items.map((i) => [i.documentId, i]));
    expect(byDoc.get(regulation!)).toMatchObject({
      key: '5/2023',
      citedBy: [
        { documentId: decree, key: '188.45/0545/DISPUS/2025' },
        { documentId: news, key: null },
      ],
      cites: [{ key: '23/2014', documentId: null }],
    });
    expect(byDoc.get(decree!)).toMatchObject({
      key: '188.45/0545/DISPUS/2025',
      citedBy: [],
      cites: [
        { key: '23/2014', documentId: null },
        { key: '5/2023', documentId: regulation },
      ],
    });
    expect(items[0]!.documentId).toBe(regulation); // most cited first

    // A decree entity of another kind with the same key is another instrument.
    await call(backend, 'review.undo', { documentId: news! });
    await call(backend, 'entities.add', {
      documentId: news!,
      type: 'decree',
      start,
      end: start + cited.length,
      normalized: '5/2023',
      attributes: { kind: 'perda' },
    });
    expect(
      (await call(backend, 'decrees.citations', {})).items.find((i) => i.documentId === regulation)!.citedBy.map((c) => c.documentId),
    ).toEqual([decree]);
    await backend.close();
  });
});
