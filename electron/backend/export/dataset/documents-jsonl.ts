import { mergedRecordKey } from '../../../../shared/records/record-key.ts';
import { codePointOffsets } from '../code-points.ts';
import type { DatasetWriter, ExportedDocument, WriterContext } from './dataset-writer.ts';
import type { ResourceDescriptor } from './package-types.ts';

/**
 * documents.jsonl: today's JSONL, one line per document with its text and entities (UTF-16 and
 * code-point offsets), and an instrument's decree record as stored (`decree`: each particular with
 * its value, review state and source span, the clerk's fields, the structure; null for any other
 * document), so that `lontar import --dataset` brings the clerk's work on it back.
 */
export function documentsJsonl(context: WriterContext): DatasetWriter {
  const resource: ResourceDescriptor = {
    name: 'documents-jsonl',
    path: 'documents.jsonl',
    profile: 'data-resource',
    title: 'Documents with text and entities',
    description:
      "One JSON object per line: the document, its clean text, its exported entities with their mentions and an instrument's decree record (`decree`).",
    format: 'jsonl',
    mediatype: 'application/jsonl',
    encoding: 'utf-8',
    count: 0,
  };
  const sink = context.open(resource.path);
  return {
    resources: [resource],
    document({ row: d, entities, decree }: ExportedDocument) {
      const cp = codePointOffsets(
        d.text,
        entities.flatMap((e) => [e.start, e.end, ...e.mentions.flatMap((m) => [m.start, m.end])]),
      );
      sink.write(
        `${JSON.stringify({
          id: d.id,
          name: d.name,
          sourcePath: d.sourcePath,
          sourceType: d.sourceType,
          mime: d.mime,
          sha256: d.contentHash,
          importedAt: d.importedAt,
          status: d.status,
          title: d.title,
          language: d.language,
          text: d.text,
          entities: entities.map((e) => ({
            id: e.id,
            type: e.type,
            key: mergedRecordKey(context.resolveKey, e),
            normalized: e.normalized,
            text: e.text,
            status: e.status,
            origin: e.origin,
            confidence: e.confidence,
            rule: e.rule,
            attributes: e.attributes,
            start: e.start,
            end: e.end,
            startCodePoint: cp.get(e.start),
            endCodePoint: cp.get(e.end),
            mentions: e.mentions.map((m) => ({
              text: m.text,
              start: m.start,
              end: m.end,
              startCodePoint: cp.get(m.start),
              endCodePoint: cp.get(m.end),
            })),
          })),
          // The record without the library's document id: the fields as the repository keeps them.
          decree: decree && {
            status: decree.status,
            instrument: decree.instrument,
            fields: decree.fields,
            clerk: decree.clerk,
            structure: decree.structure,
          },
        })}\n`,
      );
      resource.count++;
    },
    close: () => sink.close(),
  };
}
