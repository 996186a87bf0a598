import { z } from 'zod';
import type { EntityType } from './entity.ts';
import { DECREE_KINDS } from './particulars.ts';

/**
 * The attributes of each entity type (ENTITIES.md), written once. Everything else is derived from
 * these schemas: the edit form's fields (renderer/src/features/review/attribute-fields.ts), the
 * validator (shared/review/validate-entity.ts), the details beside a record and the attribute
 * columns of the entity CSVs, which follow the key order below.
 */

/** How an attribute is offered and checked, beyond its value's schema. */
export interface AttributeSpec {
  /** Shown in the edit form at `order` (1 first) as this kind of input. Absent: extractor bookkeeping, shown beside records only. */
  form?: { order: number; kind: 'text' | 'number' | 'list' };
  /** The code a refusal carries, so the UI can say it in the clerk's language (the schema's message is the English fallback). */
  issue?: { code: string; params?: Record<string, string> };
  /** A Kemendagri code that must be in the region list (known at run time only: checked by the validator). */
  regionCode?: boolean;
}

export const attributeSpecs = z.registry<AttributeSpec>();

/**
 * A value as the validator reads it: text trimmed, a number or a list as its text; empty, null or
 * missing as absent (nothing to check). Attributes are free-form JSON, so any kind is read.
 */
export function attributeAsText(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value);
  return text === '' ? undefined : text;
}

/** One attribute: its check on the text form, and how it is offered. */
function attribute<S extends z.ZodType<string>>(check: S, spec: AttributeSpec) {
  return z.preprocess(attributeAsText, check.optional()).register(attributeSpecs, spec);
}

const text = (spec: AttributeSpec = {}) => attribute(z.string(), spec);
const REGION_LEVELS = ['province', 'regency', 'city'] as const;
const YEAR = /^(19|20)\d{2}$/;
const GRADE = /^[A-E][+-]?$|^(AA|BB|CC)$/;
const kinds = DECREE_KINDS.join(', ');

const form = (order: number, kind: 'text' | 'number' | 'list' = 'text') => ({ form: { order, kind } });

/** Loose objects: an attribute a type does not name (an extractor's extra) is kept and passes as it is. */
export const ENTITY_ATTRIBUTES = {
  region: z.looseObject({
    level: attribute(z.enum(REGION_LEVELS, { error: 'The level is province, regency or city.' }), {
      ...form(1),
      issue: { code: 'level_value' },
    }),
    name: text(form(2)),
  }),
  official: z.looseObject({
    role: text(form(1)),
    honorifics: text(form(2, 'list')),
    degrees: text(form(3, 'list')),
  }),
  organization: z.looseObject({
    abbreviation: text(form(1)),
    region: text({ ...form(2), regionCode: true }),
  }),
  score: z.looseObject({
    subject: text(form(1)),
    subject_key: text(),
    subject_region: text(),
    index: text(form(4)),
    year: attribute(z.string().regex(YEAR, { error: 'The year must be four digits, e.g. 2024.' }), {
      ...form(5, 'number'),
      issue: { code: 'year_digits' },
    }),
    grade: attribute(z.string().regex(GRADE, { error: 'The grade is a letter such as A, B, C (or AA, BB).' }), {
      ...form(2),
      issue: { code: 'grade_format' },
    }),
    predicate: text(form(3)),
    rank: text(),
  }),
  date: z.looseObject({
    weekday: text(form(1)),
    time: text(form(2)),
  }),
  decree: z.looseObject({
    kind: attribute(z.enum(DECREE_KINDS, { error: `The kind is one of ${kinds}.` }), {
      ...form(1),
      issue: { code: 'kind_value', params: { kinds } },
    }),
    issuer: text(form(2)),
    title: text(form(3)),
  }),
} satisfies Record<EntityType, z.ZodObject>;

/** A type's named attributes in schema order: the details beside a record and the attribute columns of its CSV. */
export function attributeNames(type: EntityType): readonly string[] {
  return ATTRIBUTE_NAMES[type];
}

const ATTRIBUTE_NAMES = Object.fromEntries(
  Object.entries(ENTITY_ATTRIBUTES).map(([type, schema]) => [type, Object.freeze(Object.keys(schema.shape))]),
) as Record<EntityType, readonly string[]>;

/** A named attribute's schema and spec. */
export function attributeSchema(type: EntityType, name: string): { schema: z.ZodType; spec: AttributeSpec } | undefined {
  const schema = (ENTITY_ATTRIBUTES[type].shape as Record<string, z.ZodType>)[name];
  return schema ? { schema, spec: attributeSpecs.get(schema) ?? {} } : undefined;
}

/** The closed set of values an attribute takes (a level, a decree kind), offered as suggestions; undefined for free text. */
export function attributeOptions(type: EntityType, name: string): readonly string[] | undefined {
  const schema = attributeSchema(type, name)?.schema;
  // preprocess → optional → the check itself
  const inner = schema instanceof z.ZodPipe && schema.out instanceof z.ZodOptional ? schema.out.unwrap() : undefined;
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
}
