// `npm run bench [-- --json] [-- --only extract,ocr,export,import,library,ui]`: benchmarks against native peers, as
// ratios measured side by side in one run. Figures go to stderr as they come; with --json the
// last stdout line is one JSON object with every figure. A benchmark, not a test: it never fails
// a build on a slow machine (a crash of one part is reported and the others still run).
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, only: { type: 'string' } }, strict: true });
const only = values.only ? new Set(values.only.split(',')) : null;
const results: Record<string, unknown> = {};

async function part(name: string, run: () => Promise<Record<string, unknown>>): Promise<void> {
  if (only && !only.has(name)) return;
  process.stderr.write(`\n== ${name}\n`);
  const started = performance.now();
  try {
    const figures = await run();
    Object.assign(results, figures);
    for (const [key, value] of Object.entries(figures)) process.stderr.write(`${key}: ${JSON.stringify(value)}\n`);
  } catch (error) {
    results[`${name}Error`] = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.stderr.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}

await part('extract', async () => {
  const { runExtractBench } = await import('./extract-bench.ts');
  return { extract: await runExtractBench() };
});
await part('ocr', async () => {
  const { runOcrBench } = await import('./ocr-bench.ts');
  return { ...(await runOcrBench()) };
});
await part('export', async () => {
  const { runExportBench } = await import('./export-bench.ts');
  return { export: runExportBench() };
});
await part('import', async () => {
  const { runImportBench } = await import('./import-bench.ts');
  return { import: await runImportBench() };
});
await part('library', async () => {
  const { runLibraryBench } = await import('./library-bench.ts');
  return { library: await runLibraryBench() };
});
await part('ui', async () => {
  const { runUiBench } = await import('./ui-bench.ts');
  return { ui: await runUiBench() };
});

if (values.json) process.stdout.write(`${JSON.stringify(results)}\n`);
else process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
