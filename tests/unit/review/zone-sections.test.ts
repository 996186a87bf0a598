import { describe, expect, it } from 'vitest';
import { COLLAPSE_ABOVE } from '../../../shared/review/zones.ts';
import type { Zone } from '../../../shared/review/zones.ts';
import { entitiesBelow, entitiesInSpan, panelLayout, sectionKey } from '../../../renderer/src/features/review/zone-sections.ts';
import type { EntityRecord } from '../../../renderer/src/features/review/review-types.ts';

const zones: Zone[] = [
  { kind: 'body', start: 0, end: 10_000, label: null, within: null },
  { kind: 'lampiran', start: 5_000, end: 10_000, label: 'LAMPIRAN I', within: null },
  { kind: 'table', start: 6_000, end: 8_000, label: null, within: 'LAMPIRAN I' },
];

let nextId = 1;
function entity(start: number, status: EntityRecord['status'] = 'pending'): EntityRecord {
  const id = nextId++;
  return {
    id,
    documentId: 1,
    type: 'region',
    start,
    end: start + 5,
    text: 'Kota',
    normalized: String(id),
    attributes: {},
    confidence: 0.9,
    rule: 'r',
    status,
    origin: 'extractor',
    mentions: [],
  } as EntityRecord;
}

describe('panelLayout', () => {
  const body = [entity(10), entity(20, 'confirmed')];
  const annex = [entity(5_100)];
  const table = Array.from({ length: COLLAPSE_ABOVE + 1 }, (_, i) => entity(6_100 + i * 10));
  const ordered = [...body, ...annex, ...table];

  it('puts each entity in its innermost zone, body first, and collapses a large table', () => {
    const layout = panelLayout(ordered, zones, new Set());
    expect(layout.sections.map((s) => [s.zone.kind, s.entities.length, s.collapsed])).toEqual([
      ['body', 2, false],
      ['lampiran', 1, false],
      ['table', COLLAPSE_ABOVE + 1, true],
    ]);
    expect(layout.sections[0]!.pending).toBe(1);
    expect(layout.navigable.map((e) => e.id)).toEqual([...body, ...annex].map((e) => e.id));
    expect(layout.sectionOf.get(table[0]!.id)?.zone.kind).toBe('table');
  });

  it('opens a collapsed zone (and closes an open one) when toggled', () => {
    const layout = panelLayout(ordered, zones, new Set([sectionKey(zones[2]!), sectionKey(zones[1]!)]));
    expect(layout.sections.map((s) => s.collapsed)).toEqual([false, true, false]);
    expect(layout.navigable.map((e) => e.id)).toEqual([...body, ...table].map((e) => e.id));
  });

  it('keeps a small table open and gives a document without zones one body section', () => {
    expect(panelLayout(ordered.slice(0, 4), zones, new Set()).sections.every((s) => !s.collapsed)).toBe(true);
    expect(panelLayout(body, [], new Set()).sections.map((s) => s.zone.kind)).toEqual(['body']);
    expect(panelLayout([], zones, new Set())).toMatchObject({ sections: [], navigable: [] });
  });
});

describe('bulk scopes', () => {
  const a = { ...entity(10), confidence: 0.6 };
  const b = { ...entity(40), confidence: 0.85 };
  const c = { ...entity(100), confidence: 0.95 };
  it('take the entities inside the selection, none without one', () => {
    expect(entitiesInSpan([a, b, c], { start: 8, end: 46 }).map((e) => e.id)).toEqual([a.id, b.id]);
    expect(entitiesInSpan([a, b, c], { start: 12, end: 46 }).map((e) => e.id)).toEqual([b.id]);
    expect(entitiesInSpan([a, b, c], null)).toEqual([]);
  });
  it('take the entities below a confidence, not those at it', () => {
    expect(entitiesBelow([a, b, c], 85).map((e) => e.id)).toEqual([a.id]);
    expect(entitiesBelow([a, b, c], 96).map((e) => e.id)).toEqual([a.id, b.id, c.id]);
    expect(entitiesBelow([a, b, c], Number.NaN)).toEqual([]);
  });
});
