import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ResultsDocumentLine } from '../../../shared/contract/results-schemas.ts';
import type { Store } from '../storage/store.ts';
import { mergeIntoLibrary } from './merge-into-library.ts';
import type { IncomingDocument } from './merge-into-library.ts';
import { parseResultsLine, readLines } from './results-lines.ts';

export interface ResultsMergeOutcome {
  documents: number;
  added: number;
  existing: number;
  entities: number;
  textOnly: number;
  errors: Array<{ file: string; error: string }>;
  refused: Array<{ where: string; message: string }>;
  /** Library ids of documents added or given entities (hosts tell open views to refresh them). */
  changed: number[];
}

/** Documents merged per transaction: a results file of any length holds this many in memory, never the whole file. */
const BATCH = 64;

/**
 * Merges results files of `lontar extract --jsonl` into the library through the one merge path,
 * line by line. A bad line is refused with its file and line number and the rest still merges; a
 * cut last line (a shard that died mid-write) is reported and skipped; a file written by a newer
 * Lontar is refused whole (its first line says so). Each batch of documents is one transaction.
 */
export async function mergeResultsFiles(
  store: Store,
  files: readonly string[],
  context: { actor: string; now: string; putOriginal: (sha256: string, bytes: Uint8Array) => void },
): Promise<ResultsMergeOutcome> {
  const outcome: ResultsMergeOutcome = {
    documents: 0,
    added: 0,
    existing: 0,
    entities: 0,
    textOnly: 0,
    errors: [],
    refused: [],
    changed: [],
  };
  for (const given of files) {
    const path = resolve(given);
    if (!existsSync(path) || !statSync(path).isFile()) {
      outcome.refused.push({ where: path, message: 'no such results file' });
      continue;
    }
    let batch: IncomingDocument[] = [];
    const flush = () => {
      if (batch.length === 0) return;
      const merged = mergeIntoLibrary(store, batch, { ...context, source: path });
      outcome.documents += merged.documents;
      outcome.added += merged.added;
      outcome.existing += merged.existing;
      outcome.entities += merged.entities;
      outcome.textOnly += merged.textOnly;
      outcome.changed.push(...merged.changed);
      batch = [];
    };
    let first = true;
    for await (const line of readLines(path)) {
      const where = `${path}, line ${line.number}`;
      const parsed = parseResultsLine(line.text);
      if (parsed.kind === 'newer' && first) {
        outcome.refused.push({ where: path, message: `${parsed.message}; the file is not merged` });
        break;
      }
      first = false;
      if (line.cut && parsed.kind === 'malformed') {
        outcome.refused.push({ where, message: 'the last line is cut off (the writer stopped mid-line, e.g. a shard that died): skipped' });
      } else if (parsed.kind === 'malformed' || parsed.kind === 'newer') {
        outcome.refused.push({ where, message: parsed.message });
      } else if (parsed.kind === 'error') {
        outcome.errors.push({ file: parsed.file, error: parsed.error });
      } else {
        batch.push(incoming(parsed.document, context.now));
        if (batch.length >= BATCH) flush();
      }
    }
    flush();
  }
  return outcome;
}

/** A results line as the merge takes it: a new, unreviewed document whose entities are suggestions. */
function incoming(doc: ResultsDocumentLine, now: string): IncomingDocument {
  return {
    sha256: doc.sha256,
    name: doc.file.split(/[\\/]/).filter(Boolean).at(-1) ?? doc.file,
    sourcePath: doc.file,
    sourceType: doc.sourceType,
    mime: doc.mime,
    importedAt: now,
    status: 'new',
    title: doc.title,
    language: doc.language,
    text: doc.text,
    pages: doc.pages,
    skipped: doc.skipped,
    fingerprint: doc.fingerprint,
    reading: { particulars: doc.particulars, particulars_sources: doc.particulars_sources, structure: doc.structure },
    entities: doc.entities.map((e) => ({
      type: e.type,
      key: e.normalized,
      normalized: e.normalized,
      text: e.text,
      start: e.start,
      end: e.end,
      status: 'pending',
      origin: 'extractor',
      confidence: e.confidence,
      rule: e.rule,
      attributes: e.attributes,
      mentions: e.mentions,
    })),
  };
}
