import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import type { Backend } from '../../../electron/backend/backend.ts';
import type { MethodArgs, MethodName, MethodResult } from '../../../shared/contract/api.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

/*
 * Names a clerk adds are cased like extracted ones (issue 11, item 4): a signatory selected in
 * capitals is keyed "Rina Kusuma", a unit in capitals "Dinas Sosial", an abbreviation stays
 * "RSUD"; a value the clerk types is kept as typed. Real backend, real SQLite file.
 */
const tempDir = useTempDirs();
const TEXT = 'BUPATI KEBUMEN,\nttd\nRINA KUSUMA\n\nDitembuskan kepada DINAS SOSIAL dan RSUD serta bapak budi santoso.';
const spanOf = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });

async function call<M extends MethodName>(backend: Backend, method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const result = await dispatch(backend.handlers, method, args);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { api: result.error });
  return result.value as MethodResult<M>;
}

describe('a name a clerk adds', () => {
  it('is cased like the extractor’s keys unless the clerk typed the value', async () => {
    const backend = createBackend({ dataDir: join(tempDir(), 'data'), version: 'test', parts: plainTextParts(), systemUser: 'sistem' });
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, TEXT);
    const { jobId } = await call(backend, 'import.start', { sources: [{ path: file }] });
    const id = (await backend.importer.whenDone(jobId))!.imported[0]!.id;
    const add = async (type: 'official' | 'organization', part: string, normalized?: string) =>
      (await call(backend, 'entities.add', { documentId: id, type, ...spanOf(part), ...(normalized ? { normalized } : {}) })).entities[0]!
        .normalized;
    expect(await add('official', 'RINA KUSUMA')).toBe('Rina Kusuma');
    expect(await add('official', 'budi santoso')).toBe('Budi Santoso');
    expect(await add('organization', 'DINAS SOSIAL')).toBe('Dinas Sosial');
    expect(await add('organization', 'RSUD')).toBe('RSUD');
    // The selection sent back unchanged is still the selection; a typed value is the clerk's.
    expect(await add('official', 'RINA KUSUMA', 'RINA KUSUMA')).toBe('Rina Kusuma');
    expect(await add('official', 'RINA KUSUMA', 'Rina KUSUMA')).toBe('Rina KUSUMA');
  });
});
