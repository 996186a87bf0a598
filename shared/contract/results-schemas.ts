import { z } from 'zod';
import { DECREE_KINDS, PARTICULAR_FIELDS } from '../types/particulars.ts';
import { fieldSource, structureRange } from './decree-schemas.ts';
import { attributes, entityType, mention, skippedRange, sourceType, wordBox } from './schemas.ts';

/*
 * The results format of `lontar extract --jsonl`: one JSON line per input, a document read and
 * extracted elsewhere (a cluster worker) or the error that input met. `lontar import --results`
 * merges such lines into a library without reading the files again. Every line names the format
 * version it was written in, so a library never takes a newer file's lines for ones it understands.
 */

/** Raised whenever a line's shape changes in a way an older reader would misread. */
export const RESULTS_FORMAT_VERSION = 1;

export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 (64 lowercase hex digits)');
const offset = z.number().int().nonnegative();
const formatVersion = z.number().int().min(1).max(RESULTS_FORMAT_VERSION);

const pageText = z.object({
  pageNo: z.number().int().positive(),
  text: z.string(),
  start: offset,
  end: offset,
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
  source: z.enum(['text-layer', 'ocr']),
  ocrConfidence: z.number().min(0).max(1).nullable(),
  words: z.array(wordBox),
});

const extractedEntity = z.object({
  type: entityType,
  normalized: z.string().min(1),
  text: z.string(),
  start: offset,
  end: offset,
  attributes,
  confidence: z.number().min(0).max(1),
  rule: z.string(),
  mentions: z.array(mention),
});

const nullableText = z.string().nullable();
const particulars = z.object({
  kind: z.enum(DECREE_KINDS).nullable(),
  issuer: nullableText,
  number: nullableText,
  year: z.number().int().nullable(),
  title: nullableText,
  place_established: nullableText,
  date_established: nullableText,
  date_promulgated: nullableText,
  signatory: nullableText,
  signatory_role: nullableText,
  legal_basis: z.array(z.string()).nullable(),
});

/** One input read and extracted: everything a library stores for it except the original file. */
export const resultsDocumentLine = z.object({
  schemaVersion: formatVersion,
  /** The input as it was named to the extractor (a path on the machine that read it). */
  file: z.string().min(1),
  sha256: sha256Hex,
  mime: z.string().min(1),
  sourceType,
  title: z.string().nullable(),
  language: z.string().nullable(),
  text: z.string(),
  pages: z.array(pageText),
  skipped: z.array(skippedRange),
  /** The near-duplicate fingerprint of the text (hex), so merged documents are compared like imported ones. */
  fingerprint: z.string().nullable(),
  entities: z.array(extractedEntity),
  particulars: particulars.nullable(),
  particulars_sources: z.partialRecord(z.enum(PARTICULAR_FIELDS), fieldSource),
  structure: z.array(structureRange),
});

/** One input that could not be read (missing, unsupported, broken): reported by the merge, never stored. */
export const resultsErrorLine = z.object({
  schemaVersion: formatVersion,
  file: z.string().min(1),
  error: z.string().min(1),
});

export type ResultsDocumentLine = z.infer<typeof resultsDocumentLine>;
export type ResultsErrorLine = z.infer<typeof resultsErrorLine>;

const count = z.number().int().nonnegative();

/** `import.results`: results files of `lontar extract --jsonl` merged into the library (desktop and CLI). */
export const importResultsArgs = z.object({ files: z.array(z.string().min(1)).min(1) }).strict();

export const importResultsResult = z.object({
  /** Document lines merged (new or already in the library). */
  documents: count,
  added: count,
  existing: count,
  entities: count,
  /** New documents: the results carry no originals, so they are text only. */
  textOnly: count,
  /** Error lines: inputs the extractor could not read, as it reported them. */
  errors: z.array(z.object({ file: z.string(), error: z.string() })),
  /** Lines and files not merged, each with where it is (file, line) and why. */
  refused: z.array(z.object({ where: z.string(), message: z.string() })),
});
