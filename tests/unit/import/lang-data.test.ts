import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureLangData, languageCodes, localWorkerPath, packagedModelPath } from '../../../electron/backend/import/lang-data.ts';

describe('offline OCR language data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lontar-lang-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies the packaged best_int models into one local directory, once', () => {
    expect(ensureLangData('ind+eng', dir)).toBe(dir);
    for (const code of ['ind', 'eng']) {
      const file = join(dir, `${code}.traineddata.gz`);
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBe(statSync(packagedModelPath(code)).size);
      // gzip magic: tesseract.js gunzips it itself (gzip: true).
      expect([...readFileSync(file).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
      expect(packagedModelPath(code)).toContain('4.0.0_best_int');
    }
    const before = statSync(join(dir, 'ind.traineddata.gz')).mtimeMs;
    ensureLangData('ind', dir);
    expect(statSync(join(dir, 'ind.traineddata.gz')).mtimeMs).toBe(before);
  });

  it('points tesseract.js at files on disk, never at a URL', () => {
    const worker = localWorkerPath();
    expect(isAbsolute(worker)).toBe(true);
    expect(existsSync(worker)).toBe(true);
    expect(worker).not.toMatch(/^https?:/);
  });

  it('rejects language codes that are not codes, and languages that are not installed', () => {
    expect(languageCodes('ind+eng')).toEqual(['ind', 'eng']);
    expect(() => languageCodes('../etc')).toThrow();
    expect(() => packagedModelPath('xyz')).toThrow(/not installed/);
  });
});
