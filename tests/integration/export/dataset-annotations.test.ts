import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readDataset } from '../../helpers/dataset-files.ts';
import { call, datasetLibrary } from '../../helpers/dataset-library.ts';
import { SYSTEM_PYTHON, pythonWith, runPythonJson } from '../../helpers/python-consumers.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const LABELS = ['REGION', 'OFFICIAL', 'ORGANIZATION', 'SCORE', 'DATE', 'DECREE'] as const;
const offset = z.number().int().nonnegative();

/** doccano's sequence-labelling JSONL import (doccano docs, "Sequence labeling"): text and [start, end, label]. */
const doccanoLine = z.object({ text: z.string(), label: z.array(z.tuple([offset, offset, z.enum(LABELS)])) });

/** A Label Studio task with predictions (Label Studio docs, "Import pre-annotated data", Text + Labels). */
const labelStudioTasks = z
  .array(
    z.object({
      data: z.object({ text: z.string() }),
      predictions: z
        .array(
          z.object({
            model_version: z.string(),
            result: z.array(
              z
                .object({
                  id: z.string().min(1),
                  from_name: z.literal('label'),
                  to_name: z.literal('text'),
                  type: z.literal('labels'),
                  value: z.object({ start: offset, end: offset, text: z.string(), labels: z.array(z.enum(LABELS)).length(1) }).strict(),
                  score: z.number().min(0).max(1).optional(),
                })
                .strict(),
            ),
          }),
        )
        .length(1),
    }),
  )
  .min(1);

const codePoints = (text: string) => [...text];

async function exported() {
  const dir = tempDir();
  const { backend } = await datasetLibrary(dir);
  const out = join(dir, 'dataset');
  const summary = await call(backend, 'export.dataset', { dir: out, includePending: true });
  await backend.close();
  return { out, summary, ds: readDataset(out) };
}

describe('annotation formats of the dataset', () => {
  it("doccano.jsonl and label-studio.json match those tools' import shapes, offsets in code points", async () => {
    const { ds, summary } = await exported();
    const doccano = ds.jsonl('doccano.jsonl').map((line) => doccanoLine.passthrough().parse(line));
    let spans = 0;
    for (const line of doccano) {
      for (const [start, end] of line.label) {
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThanOrEqual(codePoints(line.text).length);
        spans++;
      }
    }
    expect(spans).toBe(summary.spans);

    const tasks = labelStudioTasks.parse(JSON.parse(ds.text('label-studio.json')));
    expect(tasks).toHaveLength(summary.documents);
    for (const task of tasks) {
      for (const r of task.predictions[0]!.result)
        expect(codePoints(task.data.text).slice(r.value.start, r.value.end).join('')).toBe(r.value.text);
    }
    expect(tasks.flatMap((t) => t.predictions[0]!.result)).toHaveLength(summary.spans);
    // The dataset card carries the labelling config these tasks fit.
    expect(ds.text('README.md')).toContain('<Labels name="label" toName="text">');
  });

  it('entities.conll is CoNLL-2003: four columns, one -DOCSTART- per document, well-formed BIO', async () => {
    const { ds, summary } = await exported();
    const lines = ds
      .text('entities.conll')
      .split('\n')
      .filter((l) => l.length > 0);
    expect(lines.filter((l) => l === '-DOCSTART- -X- -X- O')).toHaveLength(summary.documents);
    let previous = 'O';
    let begins = 0;
    for (const line of lines) {
      const columns = line.split(' ');
      expect(columns, line).toHaveLength(4);
      const tag = columns[3]!;
      expect(tag).toMatch(/^(O|[BI]-(REGION|OFFICIAL|ORGANIZATION|SCORE|DATE|DECREE))$/);
      if (tag.startsWith('I-')) expect(previous.slice(2), line).toBe(tag.slice(2));
      if (tag.startsWith('B-')) begins++;
      previous = tag;
    }
    expect(begins).toBe(summary.spans - summary.conllDroppedOverlaps);
  });

  const spacyPython = process.env.LONTAR_SPACY_PYTHON ?? SYSTEM_PYTHON;
  const spacy = pythonWith('spacy', spacyPython);
  if ('missing' in spacy) {
    console.warn(
      `Skipping the spaCy test: ${spacy.missing}. Install spaCy (pip install spacy; the local wheel mirror serves it) and set LONTAR_SPACY_PYTHON to that Python.`,
    );
  }
  it.skipIf('missing' in spacy)('spaCy builds a Doc per line of spans.jsonl and every span is a strict char_span', async () => {
    const { out, summary } = await exported();
    const report = runPythonJson<{ docs: number; spans: number; aligned: number; text_equal: number; problems: unknown[] }>(
      spacyPython,
      join(import.meta.dirname, '../../consumers/spans_in_spacy.py'),
      [join(out, 'spans.jsonl')],
    );
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ docs: summary.documents, text_equal: summary.documents, spans: summary.spans, aligned: summary.spans });
  });
});
