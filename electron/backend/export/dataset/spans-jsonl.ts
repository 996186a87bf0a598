import type { DatasetWriter, ExportedDocument, WriterContext } from './dataset-writer.ts';
import type { ResourceDescriptor } from './package-types.ts';

/**
 * spans.jsonl: the spaCy/Prodigy task shape, one document per line: `text`, `tokens` (start/end,
 * `ws`), `spans` with `start`/`end` in code points (Python string offsets), `token_start` and
 * inclusive `token_end`, `label`; `meta` names the document.
 */
export function spansJsonl(context: WriterContext): DatasetWriter & { spans(): number } {
  const resource: ResourceDescriptor = {
    name: 'spans',
    path: 'spans.jsonl',
    profile: 'data-resource',
    title: 'Entity spans (spaCy / Prodigy)',
    description: 'One document per line: text, tokens and every mention as a labelled span; offsets in Unicode code points.',
    format: 'jsonl',
    mediatype: 'application/jsonl',
    encoding: 'utf-8',
    count: 0,
  };
  const sink = context.open(resource.path);
  let spanCount = 0;
  return {
    resources: [resource],
    document(doc: ExportedDocument) {
      const { text, tokens, spans } = doc.annotation();
      // Tokens are most of the file: written field by field rather than as an object each.
      const tokenJson = tokens.map(
        (t, id) => `{"text":${JSON.stringify(text.slice(t.start, t.end))},"start":${t.cpStart},"end":${t.cpEnd},"id":${id},"ws":${t.ws}}`,
      );
      const spanJson = JSON.stringify(
        spans.map((s) => ({
          start: s.cpStart,
          end: s.cpEnd,
          token_start: s.tokenStart,
          token_end: s.tokenEnd,
          label: s.label,
          entity_id: s.entityId,
        })),
      );
      const meta = JSON.stringify({ document_id: doc.row.id, name: doc.row.name, sha256: doc.row.contentHash, status: doc.row.status });
      sink.write(`{"text":${JSON.stringify(text)},"tokens":[${tokenJson.join(',')}],"spans":${spanJson},"meta":${meta}}\n`);
      spanCount += spans.length;
      resource.count++;
    },
    spans: () => spanCount,
    close: () => sink.close(),
  };
}
