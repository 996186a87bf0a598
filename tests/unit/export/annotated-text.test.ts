import { describe, expect, it } from 'vitest';
import { annotate } from '../../../electron/backend/export/dataset/annotated-text.ts';
import { nonOverlapping } from '../../../electron/backend/export/dataset/conll.ts';
import type { EntityRow } from '../../../electron/backend/storage/repositories/entities-repository.ts';
import type { EntityType } from '../../../shared/types/entity.ts';

let nextId = 1;
function entity(text: string, type: EntityType, surface: string, options: { from?: number; padded?: boolean } = {}): EntityRow {
  let start = text.indexOf(surface, options.from ?? 0);
  let end = start + surface.length;
  if (options.padded) [start, end] = [start - 1, end + 1];
  return {
    id: nextId++,
    documentId: 1,
    type,
    start,
    end,
    text: surface,
    normalized: surface,
    attributes: {},
    confidence: 0.8,
    rule: 't',
    status: 'confirmed',
    origin: 'extractor',
    mentions: [{ start, end, text: surface, rule: 't', confidence: 0.8 }],
  };
}

describe('annotated text', () => {
  it('splits a token where a span starts inside it, so every span is whole tokens', () => {
    const text = 'kode16.10 berlaku';
    const { tokens, spans } = annotate(text, [entity(text, 'region', '16.10')]);
    const span = spans[0]!;
    expect(text.slice(tokens[span.tokenStart]!.start, tokens[span.tokenEnd]!.end)).toBe('16.10');
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['kode', '16', '.', '10', 'berlaku']);
  });

  it('keeps an emoji one token and counts offsets in code points after it', () => {
    const text = '📜 Dinas Sosial';
    const { tokens, spans } = annotate(text, [entity(text, 'organization', 'Dinas Sosial')]);
    expect(text.slice(tokens[0]!.start, tokens[0]!.end)).toBe('📜');
    expect(spans[0]).toMatchObject({ start: 3, end: 15, cpStart: 2, cpEnd: 14 });
  });

  it('trims whitespace around a mention, drops duplicates, and counts mentions outside the text', () => {
    const text = 'di Dinas Sosial hari ini';
    const padded = entity(text, 'organization', 'Dinas Sosial', { padded: true });
    const twin = entity(text, 'organization', 'Dinas Sosial');
    const outside = { ...entity(text, 'date', 'hari'), mentions: [{ start: 20, end: 99, text: 'x', rule: 't', confidence: 1 }] };
    const { spans, outOfText } = annotate(text, [padded, twin, outside]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Dinas Sosial']);
    expect(outOfText).toBe(1);
  });

  it('keeps the longest of overlapping spans for BIO tags', () => {
    const text = 'Dinas Sosial Musi Banyuasin menetapkan';
    const { spans } = annotate(text, [
      entity(text, 'region', 'Musi Banyuasin'),
      entity(text, 'organization', 'Dinas Sosial Musi Banyuasin'),
    ]);
    expect(spans).toHaveLength(2);
    expect(nonOverlapping(spans).map((s) => s.label)).toEqual(['ORGANIZATION']);
  });
});
