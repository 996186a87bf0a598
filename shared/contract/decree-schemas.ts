import { z } from 'zod';
import { CLERK_FIELDS, DEFAULTED_CLERK_FIELDS, FIELD_STATES, RECORD_STATUSES } from '../types/decree-record.ts';
import { DECREE_KINDS, PARTICULAR_FIELDS, STRUCTURE_KINDS } from '../types/particulars.ts';

/** Decree records (DECREES.md) at the boundary: what the form, library and exports exchange. */
export const decreeKind = z.enum(DECREE_KINDS);
export const particularField = z.enum(PARTICULAR_FIELDS);
export const clerkField = z.enum(CLERK_FIELDS);

const pageBox = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

export const fieldSource = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  page: z.number().int().positive().nullable(),
  box: pageBox.nullable(),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
  weak: z.boolean(),
});

export const particularValue = z.union([z.string(), z.number(), z.array(z.string()), z.null()]);

export const recordField = z.object({ value: particularValue, source: fieldSource.nullable(), state: z.enum(FIELD_STATES) });

export const structureRange = z.object({
  kind: z.enum(STRUCTURE_KINDS),
  label: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const decreeRecord = z.object({
  documentId: z.number().int().positive(),
  fields: z.object(
    Object.fromEntries(PARTICULAR_FIELDS.map((f) => [f, recordField])) as Record<(typeof PARTICULAR_FIELDS)[number], typeof recordField>,
  ),
  clerk: z.object(
    Object.fromEntries(CLERK_FIELDS.map((f) => [f, z.string().nullable()])) as Record<
      (typeof CLERK_FIELDS)[number],
      z.ZodNullable<z.ZodString>
    >,
  ),
  structure: z.array(structureRange),
  status: z.enum(RECORD_STATUSES),
  instrument: z.boolean(),
});

/**
 * A decree record as a dataset carries it (documents.jsonl, `decree`): the stored record without
 * the library's document id. Clerk fields missing (a dataset from before one was added) read as unset.
 */
export const datasetDecreeRecord = decreeRecord.omit({ documentId: true }).extend({ clerk: decreeRecord.shape.clerk.partial() });

/** What the library shows for an instrument instead of its file name. */
export const decreeSummary = z.object({
  kind: decreeKind.nullable(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  year: z.number().int().nullable(),
  dateEstablished: z.string().nullable(),
  status: z.enum(RECORD_STATUSES),
  instrument: z.boolean(),
});

export const decreeDefaults = z.object({
  ...(Object.fromEntries(DEFAULTED_CLERK_FIELDS.map((f) => [f, z.string().trim().max(1000).nullable()])) as Record<
    (typeof DEFAULTED_CLERK_FIELDS)[number],
    z.ZodNullable<z.ZodString>
  >),
  jdih_base_url: z.string().trim().max(1000).nullable(),
});

/** What a caller may send for a particular: a typed value or the text typed into the form. */
export const particularInput = z.union([z.string().max(4000), z.number(), z.array(z.string().max(500)).max(200), z.null()]);

/** The library's orders (whitelisted: each maps to one ORDER BY column in the documents repository). */
export const LIBRARY_SORTS = [
  'imported',
  'date_established',
  'kind',
  'number',
  'title',
  'name',
  'status',
  'pending',
  'confirmed',
  'type',
] as const;

/** A decree in the records view, with what cites it and what it cites. */
export const decreeCitations = z.object({
  documentId: z.number().int().positive(),
  key: z.string(),
  kind: decreeKind.nullable(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  citedBy: z.array(z.object({ documentId: z.number().int().positive(), name: z.string(), key: z.string().nullable() })),
  cites: z.array(z.object({ key: z.string(), documentId: z.number().int().positive().nullable(), title: z.string().nullable() })),
});
