import { OCR_MODES } from '../../../shared/types/document.ts';
import type { Backend } from '../../backend/backend.ts';
import type { ImportSummary } from '../../backend/pipeline/import-job.ts';
import { call } from './call.ts';
import { CliError, EXIT_FAILED, EXIT_OK, usageError } from './cli-error.ts';
import { oneOf, parseCommandArgs } from './commands.ts';
import type { CliIo } from './io.ts';
import { formatTable } from './io.ts';
import { createProgressReporter } from './progress.ts';
import { importDataset } from './import-dataset-command.ts';
import { importResults } from './import-results-command.ts';

export async function importCommand(argv: string[], io: CliIo, openBackend: () => Promise<Backend>): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', argv, {
    ocr: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
    dataset: { type: 'string' },
    results: { type: 'boolean' },
  });
  if (values.results) {
    if (values.dataset !== undefined) throw usageError('import: give either --results FILE.jsonl… or --dataset DIR');
    if (positionals.length === 0) throw usageError('import: --results takes one or more results files (from lontar extract --jsonl)');
    return importResults(positionals, io, values.json ?? false, openBackend);
  }
  if (values.dataset !== undefined) {
    if (positionals.length > 0) throw usageError('import: --dataset DIR takes no other files or folders');
    return importDataset(values.dataset, io, values.json ?? false, openBackend);
  }
  if (positionals.length === 0) throw usageError('import: name at least one file or folder');
  const ocr = oneOf('import', 'ocr', values.ocr, OCR_MODES, 'auto');
  const lang = values.lang ?? 'ind+eng';
  if (!/^[a-z]{3}(\+[a-z]{3})*$/.test(lang)) throw usageError(`import: --lang must look like ind+eng (got "${lang}")`);

  const backend = await openBackend();
  const progress = createProgressReporter(io);
  const unsubscribe = backend.events.subscribe((event) => {
    if (event.name === 'import.progress') progress.onProgress(event.payload);
  });
  try {
    const { jobId } = await call(backend, 'import.start', { sources: positionals.map((path) => ({ path })), ocr, lang });
    const summary = await backend.importer.whenDone(jobId)!;
    progress.done();
    for (const s of summary.skipped) io.err(`skipped ${s.file}: ${s.reason}\n`);
    io.out(values.json ? `${JSON.stringify(jsonSummary(summary))}\n` : tableSummary(summary));
    return exitStatus(summary);
  } finally {
    unsubscribe();
    await backend.close();
  }
}

function jsonSummary(s: ImportSummary) {
  return {
    imported: s.imported,
    duplicates: s.duplicates,
    failed: s.failed,
    nearDuplicates: s.nearDuplicates.map(({ file, id, of, similarity }) => ({
      file,
      id,
      of,
      similarity: Math.round(similarity * 1000) / 1000,
    })),
    skipped: s.skipped,
  };
}

function tableSummary(s: ImportSummary): string {
  const near = new Map(s.nearDuplicates.map((n) => [n.id, n.of]));
  const rows = [
    ...s.imported.map((i) => ['imported', String(i.id), i.file, near.has(i.id) ? `possible duplicate of ${near.get(i.id)}` : '']),
    ...s.duplicates.map((d) => ['duplicate', String(d.of), d.file, `already in the library as ${d.of}`]),
    ...s.failed.map((f) => ['failed', '-', f.file, f.error]),
  ];
  const totals = `${s.imported.length} imported, ${s.duplicates.length} duplicate${s.duplicates.length === 1 ? '' : 's'}, ${s.failed.length} failed\n`;
  return (rows.length ? formatTable(['result', 'id', 'file', 'note'], rows) : '') + totals;
}

/** 0 when at least one input was imported or already there (or there was nothing to do), 1 when all failed. */
function exitStatus(s: ImportSummary): number {
  const handled = s.imported.length + s.duplicates.length;
  if (handled === 0 && s.failed.length === 0) {
    throw new CliError(s.skipped.length ? 'No documents to import: no file of a supported format was found' : 'No documents to import');
  }
  return handled > 0 ? EXIT_OK : EXIT_FAILED;
}
