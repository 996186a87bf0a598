// Shared helpers for the extraction tests and the benchmark: where the read-only corpus is,
// resources prepared once, predictions in the `lontar extract --format json` shape, scoring.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExtractionResources } from '../../../electron/backend/extract/load-resources.ts';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import { prepareResources } from '../../../shared/extract/resources.ts';
import type { PreparedResources } from '../../../shared/extract/resources.ts';
import { cleanText } from '../../../shared/extract/text/clean-text.ts';
import type { ExtractedEntity } from '../../../shared/types/entity.ts';

export const repoRoot = path.resolve(fileURLToPath(new URL('../../../', import.meta.url)));

/** The read-only shared folder (corpus, scorer). Missing is an error, never a skip. */
export function sharedDir(): string {
  const dir = process.env.LONTAR_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
  if (!existsSync(path.join(dir, 'corpus')) || !existsSync(path.join(dir, 'eval', 'score.mjs'))) {
    throw new Error(`shared dir not found at ${dir} (set LONTAR_SHARED_DIR): the extraction gate cannot run without it`);
  }
  return dir;
}

let prepared: Promise<PreparedResources> | null = null;
export function preparedResources(): Promise<PreparedResources> {
  prepared ??= loadExtractionResources().then(prepareResources);
  return prepared;
}

export interface CorpusDoc {
  name: string;
  text: string;
}

export function readCorpus(dir: string): CorpusDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: cleanText(readFileSync(path.join(dir, name), 'utf8')) }));
}

export interface Predictions {
  documents: { file: string; entities: ExtractedEntity[] }[];
}

/** One row per grouped record (its first mention) with all its mentions: the CLI's JSON shape. */
export function predict(docs: CorpusDoc[], res: PreparedResources): Predictions {
  return { documents: docs.map((d) => ({ file: d.name, entities: extractDocument(d.text, res).entities })) };
}

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface ScoreReport {
  documents: number;
  perType: Record<string, TypeScore>;
  overall: TypeScore;
  misses: string[];
}

/** Runs the project's scorer (../shared/eval/score.mjs) on a predictions file. */
export function runScorer(goldDir: string, predictionsFile: string): ScoreReport {
  const out = execFileSync(process.execPath, [path.join(sharedDir(), 'eval', 'score.mjs'), goldDir, predictionsFile, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as ScoreReport;
}

export function formatTable(report: ScoreReport): string {
  const f = (x: number): string => x.toFixed(3);
  const rows = ['type          precision recall  f1      tp  fp  fn'];
  for (const [t, r] of Object.entries(report.perType)) {
    rows.push(
      `${t.padEnd(13)} ${f(r.precision)}     ${f(r.recall)}  ${f(r.f1)}  ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}`,
    );
  }
  const o = report.overall;
  rows.push(
    `${'overall'.padEnd(13)} ${f(o.precision)}     ${f(o.recall)}  ${f(o.f1)}  ${String(o.tp).padStart(3)} ${String(o.fp).padStart(3)} ${String(o.fn).padStart(3)}`,
  );
  return rows.join('\n');
}
