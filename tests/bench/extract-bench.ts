// Extraction throughput: the dev corpus repeated to at least 20 MB, extracted on one thread,
// against natural's WordTokenizer over the same texts in the same run. tokenizerRatio =
// extraction seconds / tokenizer seconds (target <= 10).
//
// The tokenizer's side takes a fraction of a second, so one timing of each side, one after the
// other, moved with whatever else the machine did in that fraction (12.9 to 21 on one tree).
// Both sides are therefore timed over the same texts in ROUNDS rounds, each round alternating
// the two sides chunk by chunk (both see the same load), and the figures are the median round's:
// what is compared is unchanged (the same texts, natural's WordTokenizer, extractDocument on
// one thread), only measured more than once.
import path from 'node:path';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import { extractDocument } from '../../shared/extract/extract-document.ts';
import { preparedResources, readCorpus, sharedDir } from '../unit/extract/corpus.ts';

export interface ExtractBenchResult {
  docsPerSecond: number;
  mbPerSecond: number;
  tokenizerRatio: number;
  /** The same ratio in CPU time of the benchmark's thread: what other processes take of the machine does not count. */
  tokenizerRatioCpu: number;
  peakRssMb: number;
  tokenizerMbPerSecond: number;
}

const TARGET_BYTES = 20 * 1024 * 1024;
const MB = 1024 * 1024;
const ROUNDS = 3;
/** Documents per turn of one side (about 1 MB of the dev corpus). */
const CHUNK = 400;

function threadCpuMs(): number {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

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
  const extractMs: number[] = [];
  const tokenizeMs: number[] = [];
  const extractCpuMs: number[] = [];
  const tokenizeCpuMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let e = 0;
    let t = 0;
    let ec = 0;
    let tc = 0;
    for (let from = 0; from < texts.length; from += CHUNK) {
      const to = Math.min(texts.length, from + CHUNK);
      const c0 = threadCpuMs();
      const t0 = performance.now();
      for (let k = from; k < to; k++) sink += extractDocument(texts[k] as string, res).entities.length;
      const t1 = performance.now();
      const c1 = threadCpuMs();
      for (let k = from; k < to; k++) sink += tokenizer.tokenize(texts[k] as string).length;
      const t2 = performance.now();
      const c2 = threadCpuMs();
      e += t1 - t0;
      t += t2 - t1;
      ec += c1 - c0;
      tc += c2 - c1;
    }
    extractMs.push(e);
    tokenizeMs.push(t);
    extractCpuMs.push(ec);
    tokenizeCpuMs.push(tc);
  }
  if (sink < 0) throw new Error('unreachable');
  const extractSeconds = median(extractMs) / 1000;
  const tokenizeSeconds = median(tokenizeMs) / 1000;

  return {
    docsPerSecond: texts.length / extractSeconds,
    mbPerSecond: bytes / MB / extractSeconds,
    tokenizerRatio: extractSeconds / tokenizeSeconds,
    tokenizerRatioCpu: median(extractCpuMs) / median(tokenizeCpuMs),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    tokenizerMbPerSecond: bytes / MB / tokenizeSeconds,
  };
}

if (import.meta.main) {
  const r = await runExtractBench();
  console.log(JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v), 2));
}
