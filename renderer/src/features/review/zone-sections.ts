import { COLLAPSE_ABOVE, zoneIndexAt } from '../../../../shared/review/zones.ts';
import type { Zone } from '../../../../shared/review/zones.ts';
import type { EntityRecord } from './review-types.ts';

/** One part of the entity panel: the body, or a table or Lampiran with its entities. */
export interface PanelSection {
  /** Stable across answers: the zone's kind and start. */
  key: string;
  zone: Zone;
  entities: EntityRecord[];
  pending: number;
  collapsed: boolean;
}

export interface PanelLayout {
  sections: PanelSection[];
  /** The entities j/k walk: those of open sections, in panel order. */
  navigable: EntityRecord[];
  /** Which section each entity is in. */
  sectionOf: Map<number, PanelSection>;
}

export const sectionKey = (zone: Zone): string => `${zone.kind}:${zone.start}`;

/** A section opens collapsed when it is a table or Lampiran with many entities; `toggled` flips that. */
export function isCollapsedByDefault(zone: Zone, count: number): boolean {
  return zone.kind !== 'body' && count > COLLAPSE_ABOVE;
}

/**
 * The panel's sections: the body first, then tables and Lampiran in text order. An entity
 * belongs where it is first mentioned. Entities keep the panel order (type, then position)
 * inside their section; zones without entities are left out.
 */
export function panelLayout(ordered: readonly EntityRecord[], zones: readonly Zone[], toggled: ReadonlySet<string>): PanelLayout {
  const byZone = new Map<number, EntityRecord[]>();
  for (const e of ordered) {
    const at = zones.length ? zoneIndexAt(zones, e.start) : 0;
    const list = byZone.get(at);
    if (list) list.push(e);
    else byZone.set(at, [e]);
  }
  const body: Zone = zones[0] ?? { kind: 'body', start: 0, end: 0, label: null, within: null };
  const indices = [...byZone.keys()].sort((a, b) => (a === 0 ? -1 : b === 0 ? 1 : zones[a]!.start - zones[b]!.start));
  const sections = indices.map((i): PanelSection => {
    const zone = zones[i] ?? body;
    const entities = byZone.get(i)!;
    const key = sectionKey(zone);
    return {
      key,
      zone,
      entities,
      pending: entities.filter((e) => e.status === 'pending').length,
      collapsed: isCollapsedByDefault(zone, entities.length) !== toggled.has(key),
    };
  });
  const sectionOf = new Map<number, PanelSection>();
  for (const s of sections) for (const e of s.entities) sectionOf.set(e.id, s);
  return { sections, navigable: sections.flatMap((s) => (s.collapsed ? [] : s.entities)), sectionOf };
}

/** The entities of the clerk's text selection: those whose span lies inside it. */
export function entitiesInSpan(ordered: readonly EntityRecord[], span: { start: number; end: number } | null): EntityRecord[] {
  return span ? ordered.filter((e) => e.start >= span.start && e.end <= span.end) : [];
}

/** The entities below a confidence, in percent (an entity at exactly the threshold is not below it). */
export function entitiesBelow(ordered: readonly EntityRecord[], percent: number): EntityRecord[] {
  return Number.isFinite(percent) ? ordered.filter((e) => e.confidence * 100 < percent - 1e-9) : [];
}
