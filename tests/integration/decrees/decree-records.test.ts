import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import { composedDecreeText, composedParticulars, decreeParts } from '../../helpers/decree-parts.ts';
import { call, importTexts, refusal } from '../../helpers/backend-calls.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const NEWS = 'Dinas Sosial Kabupaten Sukamaju membagikan buku bacaan kepada warga.';

async function library(texts: readonly string[] = [composedDecreeText(), NEWS]) {
  const dir = tempDir();
  const { parts, control } = decreeParts();
  const open = () => createBackend({ dataDir: join(dir, 'data'), version: 'test', parts, systemUser: 'sistem' });
  const backend = open();
  const ids = await importTexts(backend, dir, texts);
  return { backend, ids, control, open };
}

describe('decree records', () => {
  it('are stored at import with every particular, its source and a pending state; other documents get none', async () => {
    const {
      backend,
      ids: [decree, news],
    } = await library();
    const { record, defaults } = await call(backend, 'decrees.get', { documentId: decree! });
    expect(record).toMatchObject({ status: 'pending', instrument: true, structure: [{ kind: 'judul' }] });
    expect(record!.fields.number).toMatchObject({
      value: '188.45/0545/DISPUS/2025',
      state: 'pending',
      source: { page: 1, box: { x: 10, y: 20, width: 200, height: 18 }, rule: 'test.number', weak: true, confidence: 0.9 },
    });
    const detail = await call(backend, 'documents.get', { id: decree! });
    const src = record!.fields.number.source!;
    expect(detail.text.slice(src.start, src.end)).toBe('188.45/0545/DISPUS/2025');
    expect(record!.fields.legal_basis.value).toEqual(['23/2014', '12/2011']);
    expect(record!.fields.date_promulgated).toMatchObject({ value: null, source: null });
    expect(defaults).toMatchObject({ status: 'Berlaku', tingkat_perkembangan: 'asli' });
    expect((await call(backend, 'decrees.get', { documentId: news! })).record).toBeNull();
    expect(detail.decree).toMatchObject({
      kind: 'kepkada',
      number: '188.45/0545/DISPUS/2025',
      dateEstablished: '2025-11-03',
      status: 'pending',
    });
    await backend.close();
  });

  it('refuse an invalid edit with a code and message on the field, and write nothing', async () => {
    const {
      backend,
      ids: [decree],
    } = await library();
    const before = await call(backend, 'decrees.get', { documentId: decree! });
    const cases = [
      { field: 'date_established', value: '2025-02-30', code: 'date_impossible' },
      { field: 'date_established', value: '3 November 2025', code: 'date_format' },
      { field: 'kind', value: 'perbup', code: 'kind_value' },
      { field: 'year', value: '2024', code: 'year_mismatch' },
      { field: 'number', value: '188.45/0545/DISPUS/2019', code: 'year_mismatch' },
      { field: 'legal_basis', value: ['23/2014', 'UU 12 Tahun 2011'], code: 'legal_basis_key' },
      { field: 'year', value: '25', code: 'year_digits' },
    ] as const;
    for (const c of cases) {
      const refused = await refusal(call(backend, 'decrees.editField', { documentId: decree!, field: c.field, value: c.value as never }));
      expect(refused, `${c.field}=${String(c.value)}`).toMatchObject({
        code: 'invalid_request',
        issues: [{ path: c.field, code: c.code, message: expect.any(String) }],
      });
    }
    expect(await call(backend, 'decrees.get', { documentId: decree! })).toEqual(before);
    expect((await call(backend, 'documents.history', { id: decree! })).events).toEqual([]);
    // A number without a year of its own takes any year.
    const ok = await call(backend, 'decrees.editField', { documentId: decree!, field: 'number', value: ' 188.45 / 0545 ' });
    expect(ok.decree!.fields.number).toMatchObject({ value: '188.45/0545', state: 'edited' });
    expect(
      (await call(backend, 'decrees.editField', { documentId: decree!, field: 'year', value: '2024' })).decree!.fields.year.value,
    ).toBe(2024);
    await backend.close();
  });

  it('go to the audit trail and undo/redo with the entity decisions, and survive a restart', async () => {
    const {
      backend,
      ids: [decree],
      open,
    } = await library();
    await call(backend, 'decrees.reviewField', { documentId: decree!, field: 'kind', action: 'accept' });
    const edited = await call(backend, 'decrees.editField', {
      documentId: decree!,
      field: 'title',
      value: 'Penetapan Taman Bacaan Teladan',
    });
    expect(edited.decree!.fields.title).toMatchObject({ value: 'Penetapan Taman Bacaan Teladan', state: 'edited' });
    expect(edited.document.status).toBe('in_review');
    const undone = await call(backend, 'review.undo', { documentId: decree! });
    expect(undone.decree!.fields.title).toMatchObject({
      value: 'Penetapan Taman Bacaan Masyarakat Teladan Kabupaten Sukamaju',
      state: 'pending',
    });
    expect(undone.canRedo).toBe(true);
    const redone = await call(backend, 'review.redo', { documentId: decree! });
    expect(redone.decree!.fields.title.state).toBe('edited');
    await call(backend, 'decrees.editClerkField', { documentId: decree!, field: 'nomor_berkas', value: '12' });
    expect(
      (await refusal(call(backend, 'decrees.editClerkField', { documentId: decree!, field: 'status', value: 'Dicabut' }))).issues?.[0],
    ).toMatchObject({ path: 'status', code: 'choice_value' });
    const confirmed = await call(backend, 'decrees.confirm', { documentId: decree! });
    expect(confirmed.decree!.status).toBe('confirmed');
    expect(Object.values(confirmed.decree!.fields).map((f) => f.state)).not.toContain('pending');
    const history = (await call(backend, 'documents.history', { id: decree! })).events;
    expect(history.map((e) => e.action)).toEqual([
      'document.status',
      'decree.accept',
      'decree.edit',
      'undo',
      'redo',
      'decree.clerk',
      'decree.confirm',
    ]);
    expect(history.find((e) => e.action === 'decree.edit')).toMatchObject({
      actor: 'sistem',
      before: { fields: { title: { state: 'pending' } } },
      after: { fields: { title: { state: 'edited' } } },
    });
    await backend.close();

    const again = open();
    const { record } = await call(again, 'decrees.get', { documentId: decree! });
    expect(record).toMatchObject({
      status: 'confirmed',
      clerk: { nomor_berkas: '12' },
      fields: { kind: { state: 'accepted' }, title: { state: 'edited', value: 'Penetapan Taman Bacaan Teladan' } },
    });
    expect((await call(again, 'review.undo', { documentId: decree! })).decree!.status).toBe('pending');
    await again.close();
  });

  it("keep the clerk's edits through re-OCR, and a confirmed record of a document no longer read as an instrument, flagged", async () => {
    const {
      backend,
      ids: [decree, other],
      control,
    } = await library([composedDecreeText(), composedDecreeText({ number: '7', year: 2024 })]);
    await call(backend, 'decrees.editField', { documentId: decree!, field: 'signatory', value: 'Ratna D. Lestari' });
    // The second reading differs in every field: what the clerk left alone follows it, her edit stays.
    control.reading = () => ({
      ...composedParticulars(),
      title: 'Dibaca Ulang',
      date_established: '2025-11-04',
      signatory: 'Ratna Dewi',
      legal_basis: [],
    });
    await backend.importer.whenDone((await call(backend, 'documents.reocr', { id: decree! })).jobId);
    let { record } = await call(backend, 'decrees.get', { documentId: decree! });
    expect(record!.fields.signatory).toMatchObject({ value: 'Ratna D. Lestari', state: 'edited' });
    expect(record!.fields.title).toMatchObject({ value: 'Dibaca Ulang', state: 'pending' });
    expect(record!.fields.date_established.value).toBe('2025-11-04');

    // The engine stops seeing an instrument: a confirmed record stays, flagged; an untouched one goes.
    await call(backend, 'decrees.confirm', { documentId: decree! });
    control.reading = () => null;
    for (const id of [decree!, other!]) await backend.importer.whenDone((await call(backend, 'documents.reocr', { id })).jobId);
    ({ record } = await call(backend, 'decrees.get', { documentId: decree! }));
    expect(record).toMatchObject({
      status: 'confirmed',
      instrument: false,
      structure: [],
      fields: { signatory: { value: 'Ratna D. Lestari' } },
    });
    expect((await call(backend, 'decrees.get', { documentId: other! })).record).toBeNull();
    expect((await call(backend, 'documents.get', { id: decree! })).decree).toMatchObject({ instrument: false, status: 'confirmed' });
    await backend.close();
  });

  it('take clerk-field defaults from settings, validated', async () => {
    const { backend } = await library([NEWS]);
    const defaults = await call(backend, 'decrees.setDefaults', {
      lokasi: 'Bagian Hukum Setda Sukamaju',
      jdih_base_url: 'https://jdih.example.go.id',
    });
    expect(defaults).toMatchObject({
      lokasi: 'Bagian Hukum Setda Sukamaju',
      status: 'Berlaku',
      jdih_base_url: 'https://jdih.example.go.id',
    });
    expect((await refusal(call(backend, 'decrees.setDefaults', { tingkat_perkembangan: 'fotokopi' }))).issues?.[0]?.code).toBe(
      'choice_value',
    );
    expect((await call(backend, 'settings.get', {})).decreeDefaults.lokasi).toBe('Bagian Hukum Setda Sukamaju');
    await backend.close();
  });
});
