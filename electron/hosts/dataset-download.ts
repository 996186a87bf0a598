import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, relative } from 'node:path';
import yazl from 'yazl';
import { datasetDownloadArgs } from '../../shared/contract/dataset-schemas.ts';
import { dispatch } from '../../shared/contract/dispatch.ts';
import type { Backend } from '../backend/backend.ts';
import { HttpRefusal } from './http-body.ts';

/** Already compressed: stored as they are, not deflated a second time. */
const STORED = /\.xlsx$|^originals\//;

/**
 * Browser mode's dataset (or one of its formats) as a download: the dataset writer fills a private
 * folder under the data folder, then the folder goes out as a zip that is produced while it is sent
 * (yazl reads one file at a time and waits for the connection), so neither the export nor the
 * archive is ever built in memory. The folder is removed once the answer ends, sent or aborted.
 */
export async function sendDatasetArchive(backend: Backend, query: URLSearchParams, res: ServerResponse): Promise<void> {
  let raw: unknown;
  try {
    raw = JSON.parse(query.get('args') ?? '{}');
  } catch {
    throw new HttpRefusal(400, 'invalid_request', 'args must be JSON');
  }
  const args = datasetDownloadArgs.safeParse(raw);
  if (!args.success)
    throw new HttpRefusal(
      400,
      'invalid_request',
      `Invalid dataset choice: ${args.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );

  const work = join(backend.dataDir, 'downloads', `${Date.now()}-${randomBytes(6).toString('hex')}`);
  mkdirSync(work, { recursive: true });
  const dir = join(work, 'dataset');
  const cleanUp = () => rmSync(work, { recursive: true, force: true });
  try {
    const written = await dispatch(backend.handlers, 'export.dataset', { ...args.data, dir });
    if (!written.ok) throw new HttpRefusal(400, 'invalid_request', written.error.message);
  } catch (error) {
    cleanUp();
    throw error;
  }

  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const name = `lontar-${args.data.format ?? 'dataset'}-${stamp}`;
  const zip = new yazl.ZipFile();
  for (const file of filesUnder(dir)) {
    const path = relative(dir, file).split('\\').join('/');
    zip.addFile(file, `${name}/${path}`, { compress: !STORED.test(path) });
  }
  zip.end();
  res.writeHead(200, {
    'content-type': 'application/zip',
    'content-disposition': `attachment; filename="${name}.zip"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.on('close', cleanUp);
  zip.on('error', () => res.destroy());
  zip.outputStream.pipe(res);
}

/** Download folders a stopped host left behind (it was killed mid-answer). */
export function clearDownloads(dataDir: string): void {
  rmSync(join(dataDir, 'downloads'), { recursive: true, force: true });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
