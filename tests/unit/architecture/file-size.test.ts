import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Small files with one job: no source file over 400 lines. The i18n catalogs are the one
// exception: they are lists of strings, read side by side in two languages, not code.
const MAX_LINES = 400;
const SOURCE = /\.(ts|tsx|mjs|js|cjs)$/;
const CATALOG = /^renderer\/src\/i18n\/([\w-]+-)?(id|en)\.ts$/;

const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((file) => SOURCE.test(file) && !CATALOG.test(file));

describe('source files stay small', () => {
  it('finds the source files to check', () => {
    expect(tracked.length).toBeGreaterThan(200);
    expect(tracked).toContain('shared/extract/extractors/score.ts');
  });

  it(`keeps every source file outside the i18n catalogs at or under ${MAX_LINES} lines`, () => {
    const over = tracked
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(over).toEqual([]);
  });
});
