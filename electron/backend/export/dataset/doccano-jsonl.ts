import type { DatasetWriter, ExportedDocument, WriterContext } from './dataset-writer.ts';
import type { ResourceDescriptor } from './package-types.ts';

/**
 * doccano.jsonl: doccano's sequence-labelling import (`text`, `label` as [start, end, label] in
 * code points); the other keys become the example's metadata in doccano.
 */
export function doccanoJsonl(context: WriterContext): DatasetWriter {
  const resource: ResourceDescriptor = {
    name: 'doccano',
    path: 'doccano.jsonl',
    profile: 'data-resource',
    title: 'doccano sequence labelling',
    description: "One example per document for doccano's JSONL import; spans may overlap (allow overlapping entities in the project).",
    format: 'jsonl',
    mediatype: 'application/jsonl',
    encoding: 'utf-8',
    count: 0,
  };
  const sink = context.open(resource.path);
  return {
    resources: [resource],
    document(doc: ExportedDocument) {
      const { text, spans } = doc.annotation();
      sink.write(
        `${JSON.stringify({
          text,
          label: spans.map((s) => [s.cpStart, s.cpEnd, s.label]),
          document_id: doc.row.id,
          name: doc.row.name,
          sha256: doc.row.contentHash,
        })}\n`,
      );
      resource.count++;
    },
    close: () => sink.close(),
  };
}
