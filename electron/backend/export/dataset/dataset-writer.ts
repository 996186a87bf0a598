import type { DecreeRecord } from '../../../../shared/types/decree-record.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import type { DatasetDocumentRow, DatasetFilter } from '../../storage/repositories/dataset-repository.ts';
import type { EntityRow } from '../../storage/repositories/entities-repository.ts';
import type { Store } from '../../storage/store.ts';
import type { AnnotatedText } from './annotated-text.ts';
import type { ResourceDescriptor } from './package-types.ts';
import type { TextSink } from './text-sink.ts';

/** A decree's particulars as the documents table shows them (from the decree record, where one is stored). */
export interface DocumentParticulars {
  kind: string | null;
  number: string | null;
  year: number | null;
}

/** One exported document as every writer sees it. */
export interface ExportedDocument {
  row: DatasetDocumentRow;
  /** Its exported entities, in text order. */
  entities: readonly EntityRow[];
  particulars: DocumentParticulars | null;
  /** Its decree record as stored, where the dataset carries it (decrees.csv's rows: see `datasetDecreeRecords`). */
  decree: DecreeRecord | null;
  /** Tokens and spans for the annotation formats, computed once on first use. */
  annotation(): AnnotatedText;
}

export interface WriterContext {
  /** The staging folder files are opened in. */
  open(name: string): TextSink;
  version: string;
  types: readonly EntityType[];
  /** The library's record merges: a record key to the record it was merged into (itself when not merged). */
  resolveKey: (type: EntityType, key: string) => string;
}

/** Writes one format of the dataset while the export walks the documents once, in id order. */
export interface DatasetWriter {
  /** Its files, as data package resources; `count` is final after `close`. */
  readonly resources: readonly ResourceDescriptor[];
  document(doc: ExportedDocument): void;
  close(): void;
}

export type DatasetWriterFactory = (context: WriterContext) => DatasetWriter;

/**
 * A table written after the documents (scores.csv, decrees.csv from their own features): it reads
 * what it needs for the exported documents (`documentIds`) and writes its whole CSV to `sink`
 * (csvDocument's BOM and header, then rows), returning how many data rows. Register one in
 * extra-tables.ts; it then lands in the data package, the card and the counts.
 */
export interface DatasetExtraTable {
  resource: ResourceDescriptor;
  write(
    sink: TextSink,
    context: {
      store: Store;
      documentIds: ReadonlySet<number>;
      documentNames: ReadonlyMap<number, string>;
      filter: DatasetFilter;
      resolveKey: WriterContext['resolveKey'];
    },
  ): number;
}
