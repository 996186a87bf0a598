import { ENTITY_TYPES } from '../../../../shared/types/entity.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import type { EntityRecord } from './review-types.ts';

const TYPE_RANK = new Map<EntityType, number>(ENTITY_TYPES.map((type, i) => [type, i]));

/**
 * The order of the entity panel, which j/k walk: grouped by type as in ENTITIES.md, then by
 * where the entity first appears in the text.
 */
export function compareEntities(a: EntityRecord, b: EntityRecord): number {
  return TYPE_RANK.get(a.type)! - TYPE_RANK.get(b.type)! || a.start - b.start || a.id - b.id;
}

export interface EntityGroup {
  type: EntityType;
  entities: EntityRecord[];
  pending: number;
  confirmed: number;
}

export function groupEntities(ordered: readonly EntityRecord[]): EntityGroup[] {
  const groups = new Map<EntityType, EntityGroup>();
  for (const e of ordered) {
    let group = groups.get(e.type);
    if (!group) groups.set(e.type, (group = { type: e.type, entities: [], pending: 0, confirmed: 0 }));
    group.entities.push(e);
    if (e.status === 'pending') group.pending++;
    else if (e.status === 'confirmed' || e.status === 'edited') group.confirmed++;
  }
  return ENTITY_TYPES.flatMap((type) => groups.get(type) ?? []);
}
