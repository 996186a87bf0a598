import type { AttributeValue, Attributes, EntityType } from '../../../../shared/types/entity.ts';

export interface AttributeField {
  name: string;
  kind: 'text' | 'number' | 'list';
  /** Suggestions offered while typing (datalist), not a closed set. */
  suggestions?: readonly string[];
}

/** The attributes ENTITIES.md gives each type, in the order the edit form shows them. */
export const ATTRIBUTE_FIELDS: Record<EntityType, readonly AttributeField[]> = {
  region: [
    { name: 'level', kind: 'text', suggestions: ['province', 'regency', 'city'] },
    { name: 'name', kind: 'text' },
  ],
  official: [
    { name: 'role', kind: 'text' },
    { name: 'honorifics', kind: 'list' },
    { name: 'degrees', kind: 'list' },
  ],
  organization: [
    { name: 'abbreviation', kind: 'text' },
    { name: 'region', kind: 'text' },
  ],
  score: [
    { name: 'subject', kind: 'text' },
    { name: 'grade', kind: 'text' },
    { name: 'predicate', kind: 'text' },
    { name: 'index', kind: 'text' },
    { name: 'year', kind: 'number' },
  ],
  date: [
    { name: 'weekday', kind: 'text' },
    { name: 'time', kind: 'text' },
  ],
  decree: [
    { name: 'kind', kind: 'text', suggestions: ['uu', 'pp', 'perpres', 'permen', 'kepmen', 'perda', 'perkada', 'kepkada', 'sk', 'se', 'other'] },
    { name: 'issuer', kind: 'text' },
    { name: 'title', kind: 'text' },
  ],
};

/** The type's fields plus any other attribute the entity carries (nothing is hidden from the clerk). */
export function fieldsFor(type: EntityType, attributes: Attributes): AttributeField[] {
  const known = ATTRIBUTE_FIELDS[type];
  const extra = Object.keys(attributes)
    .filter((name) => !known.some((f) => f.name === name))
    .map((name): AttributeField => {
      const value = attributes[name];
      return { name, kind: Array.isArray(value) ? 'list' : typeof value === 'number' ? 'number' : 'text' };
    });
  return [...known, ...extra];
}

export function attributeToText(value: AttributeValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/**
 * The form's text back into attribute values, keeping each value's kind: lists split at
 * commas, numbers as numbers (text that is not a number goes as typed, for the backend to
 * refuse with a message), a cleared field as null.
 */
export function textToAttribute(field: AttributeField, text: string, previous: AttributeValue | undefined): AttributeValue | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return previous === undefined ? undefined : null;
  if (field.kind === 'list' || Array.isArray(previous)) return trimmed.split(',').map((s) => s.trim()).filter(Boolean);
  if (field.kind === 'number' || typeof previous === 'number') {
    const n = Number(trimmed.replace(',', '.'));
    return Number.isFinite(n) ? n : trimmed;
  }
  if (typeof previous === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return trimmed;
}

export function formatAttribute(value: AttributeValue): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
