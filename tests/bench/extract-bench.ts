// Extraction throughput: the dev corpus repeated to at least 20 MB, extracted on one thread,
// against natural's WordTokenizer over the same texts in the same run. tokenizerRatio =
// extraction seconds / tokenizer seconds (target <= 30).
import path from 'node:path';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import { extractDocument } from '../../shared/extract/extract-document.ts';
import { preparedResources, readCorpus, sharedDir } from '../unit/extract/corpus.ts';

export interface ExtractBenchResult {
  docsPerSecond: number;
  mbPerSecond: number;
  tokenizerRatio: number;
  peakRssMb: number;
  tokenizerMbPerSecond: number;
}

const TARGET_BYTES = 20 * 1024 * 1024;
const MB = 1024 * 1024;

export async function runExtractBench(): Promise<ExtractBenchResult> {
  const corpus = readCorpus(path.join(sharedDir(), 'corpus', 'dev'));
  const res = await preparedResources();
  const texts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const d of corpus) {
      texts.push(d.text);
      bytes += Buffer.byteLength(d.text, 'utf8');
    }
  }
  // Warm up both paths (JIT, lazy preparation) outside the timed runs.
  for (const d of corpus) extractDocument(d.text, res);
  const tokenizer = new WordTokenizer();
  for (const d of corpus) tokenizer.tokenize(d.text);

  let sink = 0;
  const t0 = performance.now();
  for (const t of texts) sink += extractDocument(t, res).entities.length;
  const extractSeconds = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  for (const t of texts) sink += tokenizer.tokenize(t).length;
  const tokenizeSeconds = (performance.now() - t1) / 1000;
  if (sink < 0) throw new Error('unreachable');

  return {
    docsPerSecond: texts.length / extractSeconds,
    mbPerSecond: bytes / MB / extractSeconds,
    tokenizerRatio: extractSeconds / tokenizeSeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    tokenizerMbPerSecond: bytes / MB / tokenizeSeconds,
  };
}

if (import.meta.main) {
  const r = await runExtractBench();
  console.log(JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v), 2));
}
