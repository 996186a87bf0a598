// The measured side of the export benchmark: open the library, write the dataset, print the figures.
import { createBackend } from '../../electron/backend/backend.ts';
import { dispatch } from '../../shared/contract/dispatch.ts';
import { plainTextParts } from '../helpers/plain-text-parts.ts';

const [dataDir, out] = process.argv.slice(2) as [string, string];
const backend = createBackend({ dataDir, version: 'bench', parts: plainTextParts(), systemUser: 'bench' });
const started = performance.now();
const result = await dispatch(backend.handlers, 'export.dataset', { dir: out });
const seconds = (performance.now() - started) / 1000;
await backend.close();
if (!result.ok) throw new Error(result.error.message);
const { documents, entities } = result.value as { documents: number; entities: number };
process.stdout.write(
  `${JSON.stringify({ documents, entities, seconds: Number(seconds.toFixed(2)), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
