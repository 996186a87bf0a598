import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFormat } from '../../../../shared/contract/dataset-schemas.ts';
import { ENTITY_TYPES } from '../../../../shared/types/entity.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import type { DatasetFilter } from '../../storage/repositories/dataset-repository.ts';
import type { EntityRow } from '../../storage/repositories/entities-repository.ts';
import type { Store } from '../../storage/store.ts';
import { annotate, labelOf } from './annotated-text.ts';
import type { AnnotatedText } from './annotated-text.ts';
import { conllWriter } from './conll.ts';
import { datasetCard } from './dataset-card.ts';
import { prepareDatasetTarget } from './dataset-target.ts';
import type { DatasetWriter, DocumentParticulars, WriterContext } from './dataset-writer.ts';
import { dataPackage } from './datapackage.ts';
import type { DatasetCounts } from './datapackage.ts';
import { doccanoJsonl } from './doccano-jsonl.ts';
import { documentsCsv } from './documents-csv.ts';
import { documentsJsonl } from './documents-jsonl.ts';
import { entityCsvs } from './entity-csvs.ts';
import { DATASET_EXTRA_TABLES, datasetDecreeRecords } from './extra-tables.ts';
import { labelStudioJson } from './label-studio-json.ts';
import type { ResourceDescriptor } from './package-types.ts';
import { spansJsonl } from './spans-jsonl.ts';
import { originalsWriter } from './originals-writer.ts';
import { TextSink } from './text-sink.ts';
import { writeTablesWorkbook } from './xlsx-writer.ts';

/** Documents read and written per step: memory stays bounded by one page, whatever the library's size. */
const PAGE = 200;
/** The first step is smaller, so the first rows are written at once, even from a 100,000-document library. */
export const FIRST_PAGE = 20;

export interface DatasetOptions {
  dir: string;
  overwrite: boolean;
  filter: DatasetFilter;
  version: string;
  now: Date;
  /** Copy each document's original and its pages (`--with-originals`); `originalPath` finds an original by SHA-256. */
  originals?: { originalPath: (sha256: string) => string } | undefined;
  /** Decree particulars of documents that have a stored decree record (the decree-records feature plugs in here). */
  particulars?: (documentIds: readonly number[]) => Map<number, DocumentParticulars>;
  /** Only this format's files (`--format`); every format when absent. */
  format?: DatasetFormat | undefined;
}

export interface DatasetSummary extends DatasetCounts {
  dir: string;
  files: string[];
  /** Originals copied (with `originals`), and documents whose original was not in the library. */
  originals: number;
  originalsMissing: number;
}

/**
 * `lontar export --out DIR` and the Export view's "dataset": one pass over the filtered documents,
 * a page at a time, every writer fed each document; then the extra tables, the workbook (built from
 * the finished CSVs, one sheet at a time), datapackage.json and README.md; then the finished folder
 * renamed into place. `format` keeps only that format's writers.
 */
export async function writeDataset(
  store: Store,
  resolveKey: (type: EntityType, key: string) => string,
  options: DatasetOptions,
): Promise<DatasetSummary> {
  const types =
    options.filter.types && options.filter.types.length > 0
      ? ENTITY_TYPES.filter((t) => options.filter.types!.includes(t))
      : [...ENTITY_TYPES];
  const filter: DatasetFilter = { ...options.filter, types };
  const wants = (format: DatasetFormat) => options.format === undefined || options.format === format;
  // The workbook is built from the finished CSVs: with --format xlsx they are written, then removed.
  const tables = wants('csv') || wants('xlsx');
  const target = prepareDatasetTarget(options.dir, options.overwrite);
  const sinks: TextSink[] = [];
  try {
    const context: WriterContext = {
      open: (name) => {
        const sink = new TextSink(join(target.staging, name));
        sinks.push(sink);
        return sink;
      },
      version: options.version,
      types,
      resolveKey,
    };
    const conll = wants('conll') ? conllWriter(context) : null;
    const originals = options.originals
      ? originalsWriter(context, { store, staging: target.staging, originalPath: options.originals.originalPath })
      : null;
    const writers: DatasetWriter[] = [
      ...(tables ? [documentsCsv(context), entityCsvs(context)] : []),
      ...(wants('jsonl') ? [documentsJsonl(context)] : []),
      ...(conll ? [conll] : []),
      ...(wants('spans') ? [spansJsonl(context)] : []),
      ...(wants('doccano') ? [doccanoJsonl(context)] : []),
      ...(wants('label-studio') ? [labelStudioJson(context)] : []),
      ...(originals ? [originals] : []),
    ];
    const entitiesByType = Object.fromEntries(types.map((t) => [t, 0])) as Record<string, number>;
    const documentIds = new Set<number>();
    const documentNames = new Map<number, string>();
    let outOfText = 0;
    let spanCount = 0;
    const decreeOf = datasetDecreeRecords(store, filter);

    for (let after = 0; ;) {
      const page = store.dataset.documentsPage(filter, after, after === 0 ? FIRST_PAGE : PAGE);
      if (page.length === 0) break;
      const ids = page.map((d) => d.id);
      const byDocument = groupByDocument(store.dataset.entitiesOf(ids, filter));
      const particulars = options.particulars?.(ids) ?? new Map<number, DocumentParticulars>();
      for (const row of page) {
        const entities = byDocument.get(row.id) ?? [];
        let annotated: AnnotatedText | undefined;
        const doc = {
          row,
          entities,
          particulars: particulars.get(row.id) ?? null,
          decree: decreeOf(row.id),
          annotation: () => {
            if (!annotated) {
              annotated = annotate(row.text, entities);
              outOfText += annotated.outOfText;
              spanCount += annotated.spans.length;
            }
            return annotated;
          },
        };
        for (const writer of writers) writer.document(doc);
        for (const e of entities) entitiesByType[e.type]!++;
        documentIds.add(row.id);
        documentNames.set(row.id, row.name);
      }
      after = ids[ids.length - 1]!;
    }
    for (const writer of writers) writer.close();

    let resources: ResourceDescriptor[] = writers.flatMap((w) => [...w.resources]);
    if (tables) {
      for (const table of DATASET_EXTRA_TABLES) {
        const resource = { ...table.resource, count: 0 };
        const sink = context.open(resource.path);
        resource.count = table.write(sink, { store, documentIds, documentNames, filter, resolveKey });
        sink.close();
        resources.push(resource);
      }
    }
    if (wants('xlsx')) {
      const tabular = resources.filter((r) => r.profile === 'tabular-data-resource');
      const { resource } = await writeTablesWorkbook(target.staging, tabular);
      if (!wants('csv')) {
        for (const table of tabular) rmSync(join(target.staging, table.path));
        resources = resources.filter((r) => !tabular.includes(r));
      }
      resources.push(resource);
    }

    const counts: DatasetCounts = {
      documents: documentIds.size,
      entities: Object.values(entitiesByType).reduce((a, b) => a + b, 0),
      entitiesByType,
      spans: spanCount,
      conllDroppedOverlaps: conll?.droppedOverlaps() ?? 0,
      mentionsOutOfText: outOfText,
    };
    const created = options.now.toISOString();
    const meta = { version: options.version, created, filter, counts };
    writeWhole(
      context,
      'datapackage.json',
      dataPackage(resources, { ...meta, format: options.format ?? null, schemaVersion: store.schemaVersion() }),
    );
    writeWhole(context, 'README.md', datasetCard(resources, { ...meta, labels: types.map(labelOf), withOriginals: originals !== null }));
    target.commit();
    const files = ['datapackage.json', 'README.md', ...resources.map((r) => r.path), ...(originals ? ['originals'] : [])];
    return {
      ...counts,
      dir: target.dir,
      files: files.map((f) => join(target.dir, f)),
      originals: originals?.copied() ?? 0,
      originalsMissing: originals?.missing() ?? 0,
    };
  } catch (error) {
    for (const sink of sinks) sink.discard();
    target.abandon();
    throw error;
  }
}

function writeWhole(context: WriterContext, name: string, content: string): void {
  const sink = context.open(name);
  sink.write(content);
  sink.close();
}

function groupByDocument(entities: readonly EntityRow[]): Map<number, EntityRow[]> {
  const byDocument = new Map<number, EntityRow[]>();
  for (const e of entities) {
    const list = byDocument.get(e.documentId);
    if (list) list.push(e);
    else byDocument.set(e.documentId, [e]);
  }
  return byDocument;
}
