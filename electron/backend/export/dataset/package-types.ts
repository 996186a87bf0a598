/**
 * The Frictionless Data Package descriptor pieces Lontar writes (https://specs.frictionlessdata.io/):
 * a table schema per CSV, plain data resources for the other files.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'datetime' | 'date';

export interface FieldDescriptor {
  name: string;
  type: FieldType;
  description: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

export interface TableSchema {
  fields: FieldDescriptor[];
  primaryKey?: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  missingValues: string[];
}

export interface ResourceDescriptor {
  name: string;
  path: string;
  profile: 'tabular-data-resource' | 'data-resource';
  title: string;
  description: string;
  format: string;
  mediatype: string;
  /** Text files only (the workbook is binary). */
  encoding?: string;
  /** Rows (CSV data rows, JSONL lines, tasks, documents): what the dataset card counts. */
  count: number;
  dialect?: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema?: TableSchema;
}

/** How every CSV of a dataset is written (csv.ts): RFC 4180, CRLF, UTF-8 with a byte-order mark. */
export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };
export const CSV_ENCODING = 'utf-8-sig';

/** A CSV resource with its schema; `count` is filled in when the file is done. */
export function csvResource(
  name: string,
  path: string,
  title: string,
  description: string,
  schema: Omit<TableSchema, 'missingValues'>,
): ResourceDescriptor {
  return {
    name,
    path,
    profile: 'tabular-data-resource',
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: CSV_ENCODING,
    count: 0,
    dialect: CSV_DIALECT,
    schema: { ...schema, missingValues: [''] },
  };
}

export const field = (name: string, type: FieldType, description: string, extra: Partial<FieldDescriptor> = {}): FieldDescriptor => ({
  name,
  type,
  description,
  ...extra,
});

/** Foreign key from a table's document_id to the documents table. */
export const DOCUMENT_FOREIGN_KEY = { fields: ['document_id'], reference: { resource: 'documents', fields: ['document_id'] } };

/**
 * What `record_key` holds, in every table that has it (the entity CSVs, scores.csv, decrees.csv):
 * the record's identity after the clerk's merges, as the Records view groups them.
 */
export const RECORD_KEY_DESCRIPTION =
  "The record this row belongs to after the clerk's merges (Data induk), as text: the normalised key (ENTITIES.md); " +
  'for a score value|subject_key|index|year, for a decree key|kind|issuer (issuer folded, empty where the kind implies it). ' +
  'Rows with one record_key are one record.';
