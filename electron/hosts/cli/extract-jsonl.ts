import type { OcrMode } from '../../../shared/types/document.ts';
import type { DocumentParts } from '../../backend/backend.ts';
import { LIMITS } from '../../backend/import/limits.ts';
import { documentResultsLine, errorResultsLine, linesOf } from '../../backend/import/results-lines.ts';
import { walkFiles } from '../../backend/pipeline/collect-files.ts';
import type { CollectedFile } from '../../backend/pipeline/collect-files.ts';
import { fileReaderOf } from '../../backend/pipeline/read-file-once.ts';
import { EXIT_FAILED, EXIT_OK } from './cli-error.ts';
import type { CliIo } from './io.ts';

/** One thing to read, or a stdin line that named nothing readable (reported as an error line). */
type Input = CollectedFile | { kind: 'unreadable'; path: string; error: string };

/**
 * `lontar extract --jsonl`: the streaming filter a cluster engine runs on its shard. Inputs come
 * from the arguments, or from stdin (one path or `{"path": …}` per line) when there are none or
 * the only one is `-`; one results line per input goes to stdout as each finishes (a document or
 * an error line; see shared/contract/results-schemas.ts). Inputs are pulled only as readers free
 * up and each line is written before the next input is taken, so memory stays bounded however
 * long the input is.
 */
export async function extractJsonl(
  positionals: string[],
  options: { ocr: OcrMode; lang: string },
  io: CliIo,
  parts: DocumentParts,
): Promise<number> {
  const fromStdin = positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-');
  if (fromStdin && !io.stdin) throw new Error('extract --jsonl: no stdin to read inputs from');
  const inputs = fromStdin ? stdinInputs(io.stdin!, parts.isSupported) : argumentInputs(positionals, parts.isSupported);
  const write = (line: object) =>
    io.outDrained ? io.outDrained(`${JSON.stringify(line)}\n`) : Promise.resolve(io.out(`${JSON.stringify(line)}\n`));
  const readFile = fileReaderOf(parts);
  let documents = 0;
  let failed = 0;

  async function handle(input: Input): Promise<void> {
    if (input.kind === 'skipped') {
      io.err(`skipped ${input.path}: ${input.reason}\n`);
      return;
    }
    if (input.kind !== 'file') {
      failed++;
      return write(errorResultsLine(input.path, input.error));
    }
    let line: object;
    try {
      // The one pass an import makes (read, hash, OCR, extract, fingerprint on a reader thread),
      // without keeping the original: the cluster's results are merged text only.
      const outcome = await readFile(
        { path: input.path, name: input.name, maxBytes: LIMITS.maxFileBytes, ocr: options.ocr, lang: options.lang, originalsDir: null },
        {},
      );
      if (outcome.kind !== 'read') throw new Error('the reader skipped a file it was not asked to skip');
      line = documentResultsLine(input.path, outcome.hash, outcome.document, outcome.extraction, outcome.fingerprint);
      documents++;
    } catch (error) {
      failed++;
      line = errorResultsLine(input.path, error instanceof Error ? error.message : String(error));
    }
    await write(line);
  }

  // As many inputs in flight as there are readers; an async generator hands each out once.
  const concurrency = Math.max(1, parts.readers ?? 2);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let next = await inputs.next(); !next.done; next = await inputs.next()) await handle(next.value);
    }),
  );
  io.err(`${documents} extracted, ${failed} failed\n`);
  return documents > 0 || failed === 0 ? EXIT_OK : EXIT_FAILED;
}

async function* argumentInputs(paths: readonly string[], isSupported: (name: string) => boolean): AsyncGenerator<Input> {
  for (const path of paths) yield* walkFiles([path], isSupported, LIMITS.maxFileBytes);
}

async function* stdinInputs(stdin: AsyncIterable<string | Buffer>, isSupported: (name: string) => boolean): AsyncGenerator<Input> {
  for await (const line of linesOf(stdin)) {
    const named = pathOfLine(line.text.trim());
    if ('error' in named)
      yield { kind: 'unreadable', path: line.text.trim().slice(0, 500), error: `stdin line ${line.number}: ${named.error}` };
    else yield* walkFiles([named.path], isSupported, LIMITS.maxFileBytes);
  }
}

/** A stdin line is a path as is, or a JSON object with a "path" (what a scheduler's manifest holds). */
function pathOfLine(text: string): { path: string } | { error: string } {
  if (!text.startsWith('{')) return { path: text };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'not valid JSON (give a path, or {"path": "…"})' };
  }
  const path = (value as { path?: unknown }).path;
  return typeof path === 'string' && path.length > 0 ? { path } : { error: 'the object has no "path" string' };
}
