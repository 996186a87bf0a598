import { describe, expect, it } from 'vitest';
import { isSpanProblem, spanIssue, stepSpan } from '../../../shared/review/span-edit.ts';

const TEXT = 'Kepala Dinas Sosial Kabupaten Sukamaju hadir.';
const at = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });
const slice = (s: ReturnType<typeof stepSpan>) => (isSpanProblem(s) ? s.code : TEXT.slice(s.start, s.end));

describe('stepSpan', () => {
  it('widens and narrows a word at a time at either edge', () => {
    expect(slice(stepSpan(TEXT, at('Dinas Sosial'), 'end', 'widen'))).toBe('Dinas Sosial Kabupaten');
    expect(slice(stepSpan(TEXT, at('Dinas Sosial'), 'start', 'widen'))).toBe('Kepala Dinas Sosial');
    expect(slice(stepSpan(TEXT, at('Dinas Sosial Kabupaten'), 'end', 'narrow'))).toBe('Dinas Sosial');
    expect(slice(stepSpan(TEXT, at('Kepala Dinas Sosial'), 'start', 'narrow'))).toBe('Dinas Sosial');
  });

  it('refuses to go past the text or to leave nothing', () => {
    expect(slice(stepSpan(TEXT, at('Kepala'), 'start', 'widen'))).toBe('span_outside');
    expect(slice(stepSpan(TEXT, at('hadir.'), 'end', 'widen'))).toBe('span_outside');
    expect(slice(stepSpan(`${TEXT}  `, at('hadir.'), 'end', 'widen'))).toBe('span_outside');
    expect(slice(stepSpan(TEXT, at('Sukamaju'), 'end', 'narrow'))).toBe('span_empty');
    expect(slice(stepSpan(TEXT, at('Sukamaju'), 'start', 'narrow'))).toBe('span_empty');
  });
});

describe('spanIssue', () => {
  const region = { ...at('Kabupaten Sukamaju'), entityId: 7 };
  it('allows holding another entity or lying inside one, refuses cutting across one', () => {
    expect(spanIssue(TEXT, at('Dinas Sosial Kabupaten Sukamaju'), [region])).toBeNull();
    expect(spanIssue(TEXT, at('Sukamaju'), [region])).toBeNull();
    expect(spanIssue(TEXT, at('Sosial Kabupaten'), [region])).toMatchObject({ code: 'span_crosses', entityId: 7 });
  });

  it('refuses spans outside the text or of white space only', () => {
    expect(spanIssue(TEXT, { start: 40, end: TEXT.length + 1 }, [])).toMatchObject({ code: 'span_outside' });
    expect(spanIssue(TEXT, { start: -1, end: 3 }, [])).toMatchObject({ code: 'span_outside' });
    expect(spanIssue(TEXT, { start: 6, end: 7 }, [])).toMatchObject({ code: 'span_empty' });
    expect(spanIssue(TEXT, { start: 5, end: 5 }, [])).toMatchObject({ code: 'span_empty' });
  });
});
