import { createReadStream } from 'node:fs';
import type { z } from 'zod';
import { RESULTS_FORMAT_VERSION, resultsDocumentLine, resultsErrorLine } from '../../../shared/contract/results-schemas.ts';
import type { ResultsDocumentLine } from '../../../shared/contract/results-schemas.ts';
import type { ReadDocument } from '../../../shared/types/document.ts';
import type { ExtractionResult } from '../../../shared/types/entity.ts';

/** What one line of a results file is, once checked. */
export type ResultsLine =
  | { kind: 'document'; document: ResultsDocumentLine }
  | { kind: 'error'; file: string; error: string }
  /** Written by a newer Lontar: its shape may mean something this one would misread. */
  | { kind: 'newer'; version: number; message: string }
  | { kind: 'malformed'; message: string };

/**
 * Checks one line of `lontar extract --jsonl` output: valid JSON, a known format version, every
 * field of a document or an error line, and every span inside the text it points into (a line
 * whose offsets miss its text would put entities on the wrong words).
 */
export function parseResultsLine(line: string): ResultsLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { kind: 'malformed', message: 'not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'malformed', message: 'not a JSON object' };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > RESULTS_FORMAT_VERSION) {
    return {
      kind: 'newer',
      version,
      message: `results format ${version} is newer than this Lontar reads (${RESULTS_FORMAT_VERSION}); update Lontar first`,
    };
  }
  const isError = 'error' in raw && !('sha256' in raw);
  if (isError) {
    const parsed = resultsErrorLine.safeParse(raw);
    return parsed.success ? { kind: 'error', file: parsed.data.file, error: parsed.data.error } : malformed(parsed.error);
  }
  const parsed = resultsDocumentLine.safeParse(raw);
  if (!parsed.success) return malformed(parsed.error);
  const misplaced = misplacedSpan(parsed.data);
  return misplaced ? { kind: 'malformed', message: misplaced } : { kind: 'document', document: parsed.data };
}

function malformed(error: z.ZodError): ResultsLine {
  const issue = error.issues[0]!;
  const field = issue.path.join('.');
  // zod says "expected string, received undefined" for a field that is not there: say it plainly.
  const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
  return { kind: 'malformed', message: missing ? `missing field "${field}"` : `${field || 'the line'}: ${issue.message}` };
}

function misplacedSpan(doc: ResultsDocumentLine): string | null {
  const { text } = doc;
  const outside = (s: { start: number; end: number }) => s.start > s.end || s.end > text.length;
  for (const [i, e] of doc.entities.entries()) {
    for (const span of [{ start: e.start, end: e.end, text: e.text }, ...e.mentions]) {
      if (outside(span) || text.slice(span.start, span.end) !== span.text) {
        return `entities.${i} (${e.type} "${e.text}"): the span ${span.start}–${span.end} does not point at "${span.text}" in the text`;
      }
    }
  }
  for (const page of doc.pages) if (outside(page)) return `page ${page.pageNo} lies outside the text`;
  for (const [field, source] of Object.entries(doc.particulars_sources))
    if (source && outside(source)) return `particulars_sources.${field} lies outside the text`;
  return null;
}

/** A line of a results file with its 1-based number; `cut` when it is the last and has no newline. */
export interface NumberedLine {
  number: number;
  text: string;
  cut: boolean;
}

/**
 * The lines of a file, one at a time (a results file may be gigabytes: only one line is held).
 * A writer ends every line with a newline, so a last line without one is a line a dying
 * process did not finish: it is flagged `cut` and the merge reports and skips it.
 */
export function readLines(path: string): AsyncGenerator<NumberedLine> {
  return linesOf(createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }));
}

/** The lines of a text stream (a file, stdin), pulled one at a time: the stream is read only as fast as they are taken. */
export async function* linesOf(stream: AsyncIterable<string | Buffer>): AsyncGenerator<NumberedLine> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let number = 0;
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let newline = pending.indexOf('\n'); newline !== -1; newline = pending.indexOf('\n', from)) {
      const text = pending.slice(from, newline).replace(/\r$/, '');
      from = newline + 1;
      number++;
      if (text.trim() !== '') yield { number, text, cut: false };
    }
    pending = pending.slice(from);
  }
  pending += decoder.decode();
  if (pending.trim() !== '') yield { number: number + 1, text: pending, cut: true };
}

/** The results line of one input read and extracted (what `lontar extract --jsonl` writes). */
export function documentResultsLine(
  file: string,
  sha256: string,
  doc: ReadDocument,
  extraction: ExtractionResult,
  fingerprint: string | null,
): ResultsDocumentLine {
  return {
    schemaVersion: RESULTS_FORMAT_VERSION,
    file,
    sha256,
    mime: doc.mime,
    sourceType: doc.sourceType,
    title: doc.title,
    language: doc.language,
    text: doc.text,
    pages: doc.pages,
    skipped: extraction.skipped,
    fingerprint,
    entities: extraction.entities.map((e) => ({
      type: e.type,
      normalized: e.normalized,
      text: e.text,
      start: e.start,
      end: e.end,
      attributes: e.attributes,
      confidence: e.confidence,
      rule: e.rule,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, rule: m.rule, confidence: m.confidence })),
    })),
    particulars: extraction.particulars,
    particulars_sources: extraction.particulars_sources,
    structure: extraction.structure,
  };
}

/** The results line of an input that could not be read. */
export function errorResultsLine(file: string, error: string): { schemaVersion: number; file: string; error: string } {
  return { schemaVersion: RESULTS_FORMAT_VERSION, file, error };
}
