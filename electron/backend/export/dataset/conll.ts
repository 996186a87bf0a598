import type { AnnotationSpan } from './annotated-text.ts';
import type { DatasetWriter, ExportedDocument, WriterContext } from './dataset-writer.ts';
import type { ResourceDescriptor } from './package-types.ts';

/** Greedy choice of non-overlapping spans (earliest start, longest first): BIO cannot nest. */
export function nonOverlapping(spans: readonly AnnotationSpan[]): AnnotationSpan[] {
  const kept: AnnotationSpan[] = [];
  let reach = -1;
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (s.tokenStart <= reach) continue;
    kept.push(s);
    reach = s.tokenEnd;
  }
  return kept;
}

/**
 * entities.conll: CoNLL-2003 columns (token, POS, chunk, NER; Lontar has no POS or chunk tags, so
 * `-X-` and `_`), a `-DOCSTART-` line per document, a blank line where the text breaks a line.
 * Overlapping mentions (an organization holding a region) keep the longest; the card counts the rest.
 */
export function conllWriter(context: WriterContext): DatasetWriter & { droppedOverlaps(): number } {
  const resource: ResourceDescriptor = {
    name: 'entities-conll',
    path: 'entities.conll',
    profile: 'data-resource',
    title: 'Entities as CoNLL-2003 BIO tags',
    description: "Lontar's tokens, one per line, with BIO tags of the entity types; one -DOCSTART- per document (count = documents).",
    format: 'conll',
    mediatype: 'text/plain',
    encoding: 'utf-8',
    count: 0,
  };
  const sink = context.open(resource.path);
  let dropped = 0;
  return {
    resources: [resource],
    document(doc: ExportedDocument) {
      const { text, tokens, spans } = doc.annotation();
      const kept = nonOverlapping(spans);
      dropped += spans.length - kept.length;
      const tags = new Array<string>(tokens.length).fill('O');
      for (const s of kept) for (let t = s.tokenStart; t <= s.tokenEnd; t++) tags[t] = `${t === s.tokenStart ? 'B' : 'I'}-${s.label}`;
      const lines = ['-DOCSTART- -X- -X- O', ''];
      tokens.forEach((token, i) => {
        if (i > 0 && token.lineBreakBefore) lines.push('');
        const surface = text.slice(token.start, token.end);
        // A space Lontar's tokenizer keeps as a token (an en space, say) would break the columns.
        if (!/^\s+$/.test(surface)) lines.push(`${surface} -X- _ ${tags[i]}`);
      });
      sink.write(`${lines.join('\n')}\n\n`);
      resource.count++;
    },
    droppedOverlaps: () => dropped,
    close: () => sink.close(),
  };
}
