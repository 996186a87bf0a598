import { z } from 'zod';
import { ENTITY_TYPES } from '../types/entity.ts';

/** The files of a dataset by format: `lontar export --format F` writes only F (with datapackage.json and README.md). */
export const DATASET_FORMATS = ['csv', 'jsonl', 'xlsx', 'conll', 'spans', 'doccano', 'label-studio'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD');

/** What a dataset holds: the filters, the originals, one format or all (the folder export and the browser's download share it). */
const datasetChoice = {
  /** Pending entities and documents not confirmed yet, too. */
  includePending: z.boolean().default(false),
  types: z.array(z.enum(ENTITY_TYPES)).min(1).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  query: z.string().trim().min(1).max(500).optional(),
  /** Copy the originals and pages too, so an import brings page images back. */
  withOriginals: z.boolean().default(false),
  /** Only this format's files (with datapackage.json and README.md); every format when absent. */
  format: z.enum(DATASET_FORMATS).optional(),
};
const datesInOrder = (a: { from?: string | undefined; to?: string | undefined }) => !a.from || !a.to || a.from <= a.to;

/** `export.dataset`: the whole dataset (a Frictionless Data Package) into a new or dataset folder. */
export const exportDatasetArgs = z
  .object({
    dir: z.string().min(1),
    /** Replace a dataset already in `dir`; without it such a folder is refused. */
    overwrite: z.boolean().default(false),
    ...datasetChoice,
  })
  .strict()
  .refine(datesInOrder, { message: '"from" must not be after "to"', path: ['from'] });

/**
 * Browser mode's dataset download (`GET /api/download/dataset?args=…`, not a contract method: the
 * answer is a streamed zip, not JSON): the same choices, no folder.
 */
export const datasetDownloadArgs = z
  .object(datasetChoice)
  .strict()
  .refine(datesInOrder, { message: '"from" must not be after "to"', path: ['from'] });
export type DatasetDownloadArgs = z.input<typeof datasetDownloadArgs>;

export const exportDatasetResult = z.object({
  dir: z.string(),
  files: z.array(z.string()),
  documents: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
  entitiesByType: z.record(z.string(), z.number().int().nonnegative()),
  spans: z.number().int().nonnegative(),
  conllDroppedOverlaps: z.number().int().nonnegative(),
  mentionsOutOfText: z.number().int().nonnegative(),
  originals: z.number().int().nonnegative(),
  originalsMissing: z.number().int().nonnegative(),
});

/** `import.dataset`: a dataset Lontar exported, brought (back) into the library. */
export const importDatasetArgs = z.object({ dir: z.string().min(1) }).strict();

export const importDatasetResult = z.object({
  dir: z.string(),
  documents: z.number().int().nonnegative(),
  /** New to the library. */
  added: z.number().int().nonnegative(),
  /** Already in the library by SHA-256: not duplicated. */
  existing: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
  merges: z.number().int().nonnegative(),
  /** New documents without their original (exported without --with-originals): text only, no page images. */
  textOnly: z.number().int().nonnegative(),
});
