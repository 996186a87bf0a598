import type { DatasetWriter, ExportedDocument, WriterContext } from './dataset-writer.ts';
import type { ResourceDescriptor } from './package-types.ts';

/** The labelling config the tasks fit (the dataset card repeats it): one `Labels` over one `Text`. */
export function labelStudioConfig(labels: readonly string[]): string {
  return `<View>\n  <Labels name="label" toName="text">\n${labels.map((l) => `    <Label value="${l}"/>`).join('\n')}\n  </Labels>\n  <Text name="text" value="$text"/>\n</View>`;
}

/**
 * label-studio.json: a JSON array of Label Studio tasks, the text in `data`, the exported entities
 * as one prediction per task (a clerk's review is a prediction for the annotator to check).
 */
export function labelStudioJson(context: WriterContext): DatasetWriter {
  const resource: ResourceDescriptor = {
    name: 'label-studio',
    path: 'label-studio.json',
    profile: 'data-resource',
    title: 'Label Studio tasks',
    description: 'A JSON array of tasks with the entities as predictions (offsets in code points); labelling config in README.md.',
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    count: 0,
  };
  const sink = context.open(resource.path);
  sink.write('[');
  return {
    resources: [resource],
    document(doc: ExportedDocument) {
      const { text, spans } = doc.annotation();
      const task = {
        data: { text, document_id: doc.row.id, name: doc.row.name, sha256: doc.row.contentHash, status: doc.row.status },
        predictions: [
          {
            model_version: `lontar-${context.version}`,
            result: spans.map((s, i) => ({
              id: `${s.entityId}-${i}`,
              from_name: 'label',
              to_name: 'text',
              type: 'labels',
              value: { start: s.cpStart, end: s.cpEnd, text: text.slice(s.start, s.end), labels: [s.label] },
              score: s.confidence,
            })),
          },
        ],
      };
      sink.write(`${resource.count === 0 ? '\n' : ',\n'}${JSON.stringify(task)}`);
      resource.count++;
    },
    close: () => {
      sink.write('\n]\n');
      sink.close();
    },
  };
}
