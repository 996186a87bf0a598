// The review view's pure logic, checked in Node (no browser): what the keyboard tests rely on.
import { expect, test } from '@playwright/test';
import { en } from '../../renderer/src/i18n/en.ts';
import { id } from '../../renderer/src/i18n/id.ts';
import type { MessageKey } from '../../renderer/src/i18n/id.ts';
import type { Translate } from '../../renderer/src/i18n/translate.ts';
import { textToAttribute } from '../../renderer/src/features/review/attribute-fields.ts';
import { compareEntities } from '../../renderer/src/features/review/entity-order.ts';
import { pageBoxes, sortWords, wordsIn } from '../../renderer/src/features/review/page-boxes.ts';
import { typeForKey } from '../../renderer/src/features/review/review-keys.ts';
import { initialReviewState, reviewReducer, reviewView } from '../../renderer/src/features/review/review-state.ts';
import type { DocumentDetail, EntityRecord, ReviewOutcome } from '../../renderer/src/features/review/review-types.ts';
import { buildSegments } from '../../renderer/src/features/review/text-segments.ts';
import { listArgs, NO_FILTERS } from '../../renderer/src/features/library/library-filters.ts';

const translate =
  (dict: Record<MessageKey, string>): Translate =>
  (key: MessageKey) =>
    dict[key] ?? key;

function entity(over: Partial<EntityRecord> & Pick<EntityRecord, 'id' | 'type' | 'start' | 'end'>): EntityRecord {
  return {
    documentId: 1,
    text: 'x',
    normalized: `n${over.id}`,
    attributes: {},
    confidence: 0.9,
    rule: 'r',
    status: 'pending',
    origin: 'extractor',
    mentions: [{ start: over.start, end: over.end, text: 'x', rule: 'r', confidence: 0.9 }],
    ...over,
  };
}

const TEXT = 'Bupati Badung I Wayan Adi Arnawa di Kabupaten Badung, Bali.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

test('segments tile the clean text exactly, innermost mention first, rejected ones last', () => {
  const region = entity({
    id: 1,
    type: 'region',
    ...at('Kabupaten Badung'),
    mentions: [
      { ...at('Badung'), text: 'Badung', rule: 'r', confidence: 1 },
      { ...at('Kabupaten Badung'), text: 'Kabupaten Badung', rule: 'r', confidence: 1 },
    ],
  });
  const official = entity({ id: 2, type: 'official', ...at('Bupati Badung I Wayan Adi Arnawa') });
  const bali = entity({ id: 3, type: 'region', ...at('Bali'), status: 'rejected' });
  const skipped = [{ ...at('Bali.'), reason: 'test' }];
  const segments = buildSegments(TEXT.length, [region, official, bali], skipped, []);
  expect(segments.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(TEXT);
  for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
  // "Badung" inside "Bupati Badung I Wayan…": both cover it, the shorter (the region) is shown.
  const inner = segments.find((s) => s.start === at('Badung').start)!;
  expect(inner.cover.sort()).toEqual([1, 2]);
  expect(inner.primary).toBe(1);
  const rejected = segments.find((s) => s.start === at('Bali').start)!;
  expect(rejected).toMatchObject({ primary: 3, status: 'rejected', skipped: true });
});

test('page starts cut the text and are labelled', () => {
  const pages = [
    { pageNo: 1, start: 0, end: 20, width: 100, height: 100, source: 'ocr' as const, ocrConfidence: 0.9 },
    { pageNo: 2, start: 20, end: TEXT.length, width: 100, height: 100, source: 'ocr' as const, ocrConfidence: 0.9 },
  ];
  const segments = buildSegments(TEXT.length, [], [], pages);
  expect(segments.filter((s) => s.pageNo !== null).map((s) => [s.start, s.pageNo])).toEqual([
    [0, 1],
    [20, 2],
  ]);
});

test('a mention’s boxes on the page image are the words overlapping its span', () => {
  const words = sortWords(
    TEXT.split(' ')
      .reduce<Array<{ text: string; start: number; end: number; x: number; y: number; width: number; height: number }>>((list, word) => {
        const start = list.length ? list.at(-1)!.end + 1 : 0;
        list.push({ text: word, start, end: start + word.length, x: start * 10, y: 0, width: word.length * 10, height: 20 });
        return list;
      }, [])
      .reverse(),
  );
  expect(wordsIn(words, at('Wayan Adi')).map((w) => w.text)).toEqual(['Wayan', 'Adi']);
  expect(wordsIn(words, { start: at('Adi').start + 1, end: at('Adi').start + 2 }).map((w) => w.text)).toEqual(['Adi']);
  const boxes = pageBoxes(words, 1000, 200, [entity({ id: 7, type: 'official', ...at('I Wayan') })], [], 7);
  expect(boxes.map((b) => [b.entityId, b.cls])).toEqual([
    [7, 'box t-official st-pending sel'],
    [7, 'box t-official st-pending sel'],
  ]);
  expect(boxes[0]!.left).toBeCloseTo((at('I Wayan').start * 10) / 10);
});

test('review state: optimistic status, answered in place, rolled back on failure, removed on undo', () => {
  const a = entity({ id: 1, type: 'region', start: 0, end: 6 });
  const b = entity({ id: 2, type: 'official', start: 7, end: 13 });
  const detail = { id: 1, text: TEXT, entities: [b, a] } as unknown as DocumentDetail;
  let state = initialReviewState(detail);
  expect(reviewView(state).ordered.map((e) => e.id)).toEqual([1, 2]);
  state = reviewReducer(state, { type: 'optimistic', op: { opId: 1, entityId: 1, status: 'confirmed' } })!;
  let view = reviewView(state);
  expect(view.byId.get(1)!.status).toBe('confirmed');
  expect(view.saving.has(1)).toBe(true);
  expect(view.byId.get(2)).toBe(b);
  const outcome = (entities: EntityRecord[], removed: number[] = []): ReviewOutcome => ({
    entities,
    removedEntityIds: removed,
    canUndo: true,
    canRedo: false,
    decree: null,
    document: { id: 1, status: 'in_review', pendingCount: 1, confirmedCount: 1 } as ReviewOutcome['document'],
  });
  state = reviewReducer(state, { type: 'settled', opId: 1, outcome: outcome([{ ...a, status: 'confirmed' }]) })!;
  view = reviewView(state);
  expect(view.saving.size).toBe(0);
  expect(view.byId.get(1)!.status).toBe('confirmed');
  expect(state.doc.status).toBe('in_review');
  expect(state.canUndo).toBe(true);
  state = reviewReducer(state, { type: 'optimistic', op: { opId: 2, entityId: 2, status: 'rejected' } })!;
  state = reviewReducer(state, { type: 'failed', opId: 2 })!;
  expect(reviewView(state).byId.get(2)!.status).toBe('pending');
  state = reviewReducer(state, { type: 'outcome', outcome: outcome([], [2]) })!;
  expect(reviewView(state).ordered.map((e) => e.id)).toEqual([1]);
});

test('panel order: by type as ENTITIES.md lists them, then by position', () => {
  const list = [
    entity({ id: 1, type: 'decree', start: 0, end: 1 }),
    entity({ id: 2, type: 'region', start: 50, end: 51 }),
    entity({ id: 3, type: 'region', start: 5, end: 6 }),
  ];
  expect(list.sort(compareEntities).map((e) => e.id)).toEqual([3, 2, 1]);
});

test('edited attributes keep their kind', () => {
  expect(textToAttribute({ name: 'degrees', kind: 'list' }, 'S.Sos, M.AP', [])).toEqual(['S.Sos', 'M.AP']);
  expect(textToAttribute({ name: 'year', kind: 'number' }, '2024', undefined)).toBe(2024);
  expect(textToAttribute({ name: 'year', kind: 'number' }, 'dua ribu', 2023)).toBe('dua ribu');
  expect(textToAttribute({ name: 'role', kind: 'text' }, '  ', 'Bupati')).toBeNull();
  expect(textToAttribute({ name: 'role', kind: 'text' }, '', undefined)).toBeUndefined();
});

test('the add picker takes 1–6 or the type’s initial in the UI language', () => {
  expect(typeForKey('1', translate(id))).toBe('region');
  expect(typeForKey('6', translate(id))).toBe('decree');
  expect(['w', 'p', 'o', 'n', 't', 'k'].map((k) => typeForKey(k, translate(id)))).toEqual([
    'region',
    'official',
    'organization',
    'score',
    'date',
    'decree',
  ]);
  expect(['r', 'o', 'g', 's', 'd', 'e'].map((k) => typeForKey(k, translate(en)))).toEqual([
    'region',
    'official',
    'organization',
    'score',
    'date',
    'decree',
  ]);
  expect(typeForKey('z', translate(id))).toBeNull();
});

test('library filters become one documents.list call', () => {
  expect(listArgs(NO_FILTERS)).toEqual({});
  expect(listArgs({ ...NO_FILTERS, query: ' dinas ', status: 'new', entityType: 'organization', recordKey: '' })).toEqual({
    query: 'dinas',
    status: 'new',
    entityType: 'organization',
  });
  expect(
    listArgs({ ...NO_FILTERS, decreeKind: 'kepkada', issuer: ' bupati ', year: '2025', sort: 'date_established', descending: true }),
  ).toEqual({ decreeKind: 'kepkada', issuer: 'bupati', year: 2025, sort: 'date_established', descending: true });
  expect(listArgs({ ...NO_FILTERS, year: '202' })).toEqual({}); // still being typed
  expect(listArgs({ ...NO_FILTERS, entityType: 'region', recordKey: '16.06' }, true)).toEqual({
    trashed: true,
    record: { type: 'region', key: '16.06' },
  });
});
