import { emptyClerkFields } from '../../../shared/types/decree-record.ts';
import type { DecreeRecord, RecordField } from '../../../shared/types/decree-record.ts';
import { PARTICULAR_FIELDS } from '../../../shared/types/particulars.ts';
import type { FieldSource, ParticularField } from '../../../shared/types/particulars.ts';
import type { ExtractionResult } from '../../../shared/types/entity.ts';

type Reading = Pick<ExtractionResult, 'particulars' | 'particulars_sources' | 'structure'>;

/** A new record from what the engine read; null for a document that is not an instrument. */
export function recordFromReading(documentId: number, reading: Reading): DecreeRecord | null {
  const particulars = reading.particulars;
  if (!particulars) return null;
  const fields = Object.fromEntries(
    PARTICULAR_FIELDS.map((field): [ParticularField, RecordField] => [
      field,
      { value: particulars[field], source: reading.particulars_sources[field] ?? null, state: 'pending' },
    ]),
  ) as Record<ParticularField, RecordField>;
  return { documentId, fields, clerk: emptyClerkFields(), structure: reading.structure, status: 'pending', instrument: true };
}

/** Whether the clerk has done anything to the record that a new reading must not undo. */
export function hasClerkWork(record: DecreeRecord): boolean {
  return (
    record.status === 'confirmed' ||
    PARTICULAR_FIELDS.some((f) => record.fields[f].state !== 'pending') ||
    Object.values(record.clerk).some((v) => v !== null)
  );
}

/**
 * The record after the document was read again (re-OCR, re-extraction). Fields the clerk has not
 * touched take the new reading; accepted and corrected ones keep her value, with the place it is
 * read now (or the old span moved to where its text now is). A document that stops being an
 * instrument keeps a record the clerk worked on, flagged; an untouched one goes.
 */
export function mergeReading(
  existing: DecreeRecord | undefined,
  documentId: number,
  reading: Reading,
  oldText: string,
  newText: string,
): DecreeRecord | null {
  const fresh = recordFromReading(documentId, reading);
  if (!existing) return fresh;
  if (!hasClerkWork(existing)) return fresh;
  const fields = Object.fromEntries(
    PARTICULAR_FIELDS.map((field): [ParticularField, RecordField] => {
      const kept = existing.fields[field];
      if (kept.state === 'pending' && fresh) return [field, fresh.fields[field]];
      const source = fresh?.fields[field].source ?? (kept.source ? moveSource(kept.source, oldText, newText) : null);
      return [field, { ...kept, source }];
    }),
  ) as Record<ParticularField, RecordField>;
  return { ...existing, fields, structure: fresh?.structure ?? [], instrument: fresh !== null };
}

/** A span moved to the occurrence of its text nearest its old place, scaled; null when the text is gone. */
function moveSource(source: FieldSource, oldText: string, newText: string): FieldSource | null {
  const needle = oldText.slice(source.start, source.end);
  if (!needle) return null;
  const expected = oldText.length > 0 ? Math.round((source.start / oldText.length) * newText.length) : 0;
  let best = -1;
  for (let at = newText.indexOf(needle); at !== -1; at = newText.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  // The page box belonged to the old reading's words: without a fresh reading there is none.
  return best === -1 ? null : { ...source, start: best, end: best + needle.length, box: null };
}
