import { ENTITY_TYPES } from '../../../../shared/types/entity.ts';
import type { AttributeValue, Attributes, EntityType } from '../../../../shared/types/entity.ts';
import { attributeNames, attributeOptions, attributeSchema } from '../../../../shared/types/entity-attributes.ts';

export interface AttributeField {
  name: string;
  kind: 'text' | 'number' | 'list';
  /** Suggestions offered while typing (datalist), not a closed set. */
  suggestions?: readonly string[];
}

/** The fields of the edit form, per type, in form order: derived from the attribute schemas. */
export const ATTRIBUTE_FIELDS = {} as Record<EntityType, readonly AttributeField[]>;
for (const type of ENTITY_TYPES) ATTRIBUTE_FIELDS[type] = formFields(type);

function formFields(type: EntityType): AttributeField[] {
  return attributeNames(type)
    .flatMap((name) => {
      const form = attributeSchema(type, name)?.spec.form;
      if (!form) return [];
      const suggestions = attributeOptions(type, name);
      return [{ order: form.order, field: { name, kind: form.kind, ...(suggestions ? { suggestions } : {}) } }];
    })
    .sort((a, b) => a.order - b.order)
    .map((f) => f.field);
}

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
  if (field.kind === 'list' || Array.isArray(previous))
    return trimmed
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
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
