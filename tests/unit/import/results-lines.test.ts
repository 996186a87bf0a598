import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_FORMAT_VERSION } from '../../../shared/contract/results-schemas.ts';
import { documentResultsLine, parseResultsLine, readLines } from '../../../electron/backend/import/results-lines.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const text = 'Dinas Sosial Kabupaten Sukamaju membagikan bantuan pada 3 Maret 2021.';
const sha = 'a'.repeat(64);

/** A results line as `extract --jsonl` writes it, for a text with one entity. */
function documentLine(): Record<string, unknown> {
  return documentResultsLine(
    'berita.txt',
    sha,
    { mime: 'text/plain', sourceType: 'text', text, title: null, language: 'id', pages: [] },
    {
      entities: [
        {
          type: 'organization',
          normalized: 'Dinas Sosial Kabupaten Sukamaju',
          text: 'Dinas Sosial Kabupaten Sukamaju',
          start: 0,
          end: 31,
          attributes: {},
          confidence: 0.9,
          rule: 'org.dinas',
          mentions: [{ start: 0, end: 31, text: 'Dinas Sosial Kabupaten Sukamaju', rule: 'org.dinas', confidence: 0.9 }],
        },
      ],
      skipped: [],
      particulars: null,
      particulars_sources: {},
      structure: [],
    },
    null,
  ) as unknown as Record<string, unknown>;
}

describe('parseResultsLine', () => {
  it('takes what extract --jsonl writes: a document and an error line', () => {
    const doc = parseResultsLine(JSON.stringify(documentLine()));
    expect(doc.kind).toBe('document');
    expect(doc.kind === 'document' && doc.document.entities[0]!.normalized).toBe('Dinas Sosial Kabupaten Sukamaju');
    expect(parseResultsLine(JSON.stringify({ schemaVersion: 1, file: 'rusak.pdf', error: 'The PDF is damaged' }))).toEqual({
      kind: 'error',
      file: 'rusak.pdf',
      error: 'The PDF is damaged',
    });
  });

  it('refuses a line that is not JSON, or not an object', () => {
    expect(parseResultsLine('{"schemaVersion":1,"file":')).toEqual({ kind: 'malformed', message: 'not valid JSON' });
    expect(parseResultsLine('[1,2]')).toEqual({ kind: 'malformed', message: 'not a JSON object' });
  });

  it('names a missing field', () => {
    for (const field of ['sha256', 'text', 'entities', 'file', 'schemaVersion']) {
      const line = documentLine();
      delete line[field];
      expect(parseResultsLine(JSON.stringify(line)), field).toEqual({ kind: 'malformed', message: `missing field "${field}"` });
    }
    expect(parseResultsLine(JSON.stringify({ schemaVersion: 1, error: 'x' }))).toEqual({
      kind: 'malformed',
      message: 'missing field "file"',
    });
  });

  it('refuses a sha256 that is not one', () => {
    for (const bad of ['abc', 'A'.repeat(64), 'g'.repeat(64), `${sha}0`]) {
      const result = parseResultsLine(JSON.stringify({ ...documentLine(), sha256: bad }));
      expect(result.kind, bad).toBe('malformed');
      expect(result.kind === 'malformed' && result.message).toMatch(/^sha256: not a SHA-256/);
    }
  });

  it('refuses an entity whose span misses the text, and a wrong type', () => {
    const line = documentLine();
    (line.entities as Array<{ start: number }>)[0]!.start = 1;
    expect(parseResultsLine(JSON.stringify(line))).toMatchObject({
      kind: 'malformed',
      message: expect.stringMatching(/entities\.0 .* does not point at/),
    });
    expect(parseResultsLine(JSON.stringify({ ...documentLine(), sourceType: 'fax' }))).toMatchObject({
      kind: 'malformed',
      message: expect.stringMatching(/^sourceType:/),
    });
  });

  it('tells a newer format from a malformed line', () => {
    const newer = parseResultsLine(JSON.stringify({ ...documentLine(), schemaVersion: RESULTS_FORMAT_VERSION + 1, shape: 'changed' }));
    expect(newer).toMatchObject({
      kind: 'newer',
      version: RESULTS_FORMAT_VERSION + 1,
      message: expect.stringMatching(/newer than this Lontar reads.*update Lontar/),
    });
    expect(parseResultsLine(JSON.stringify({ ...documentLine(), schemaVersion: 0 })).kind).toBe('malformed');
  });
});

describe('readLines', () => {
  it('numbers lines, passes blank ones over and flags a last line without its newline as cut', async () => {
    const path = join(tempDir(), 'shard.jsonl');
    writeFileSync(path, '{"a":1}\n\r\n{"b":2}\r\n{"c":');
    const lines = [];
    for await (const line of readLines(path)) lines.push(line);
    expect(lines).toEqual([
      { number: 1, text: '{"a":1}', cut: false },
      { number: 3, text: '{"b":2}', cut: false },
      { number: 4, text: '{"c":', cut: true },
    ]);
  });

  it('reads lines longer than a read chunk and characters split across chunks', async () => {
    const path = join(tempDir(), 'long.jsonl');
    const long = `{"text":"${'Bupati Sukamaju menetapkan keputusan. '.repeat(60_000)}ééé"}`;
    writeFileSync(path, `${long}\n${long}\n`);
    const lines = [];
    for await (const line of readLines(path)) lines.push(line);
    expect(lines.map((l) => [l.number, l.text.length, l.cut])).toEqual([
      [1, long.length, false],
      [2, long.length, false],
    ]);
    expect(lines[1]!.text).toBe(long);
  });
});
