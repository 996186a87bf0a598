import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend } from '../../electron/backend/backend.ts';
import type { MethodArgs, MethodName, MethodResult } from '../../shared/contract/api.ts';
import { dispatch } from '../../shared/contract/dispatch.ts';
import type { ApiError } from '../../shared/contract/errors.ts';

/** Calls a method through the contract (validation included), as every host does. */
export async function call<M extends MethodName>(backend: Backend, method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const result = await dispatch(backend.handlers, method, args);
  if (!result.ok) throw Object.assign(new Error(`${result.error.code}: ${result.error.message}`), { api: result.error });
  return result.value as MethodResult<M>;
}

/** The refusal of a call that must fail. */
export async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    const api = (error as { api?: ApiError }).api;
    if (api) return api;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

/** Writes each text to a file in `dir` and imports them all; returns the document ids in order. */
export async function importTexts(backend: Backend, dir: string, texts: readonly string[]): Promise<number[]> {
  const files = texts.map((text, i) => {
    const file = join(dir, `doc-${i}.txt`);
    writeFileSync(file, text);
    return file;
  });
  const { jobId } = await call(backend, 'import.start', { sources: files.map((path) => ({ path })) });
  const summary = await backend.importer.whenDone(jobId)!;
  if (summary.failed.length) throw new Error(`import failed: ${JSON.stringify(summary.failed)}`);
  const byFile = new Map(summary.imported.map((i) => [i.file, i.id]));
  return files.map((f) => byFile.get(f)!);
}
