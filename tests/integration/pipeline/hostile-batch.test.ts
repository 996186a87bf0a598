import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend/open-backend.ts';
import {
  billionLaughsDocx,
  blanksDocx,
  longTokenPdf,
  lyingDocx,
  nestedHtml,
  nestedTablesHtml,
  pngHeaderOnly,
  selfLoopTiff,
  siblingHtml,
  streamBombPdf,
} from '../../helpers/fixtures/hostile.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// The audit's batch: every hostile shape at once with an ordinary article, through the real
// readers on their supervised threads. Each file ends with an outcome, the article is imported,
// the whole batch in under two minutes with the process under 2 GB.
const tempDir = useTempDirs();
const sharedDir = process.env.LONTAR_SHARED_DIR ?? join(process.cwd(), '..', 'shared');
const posix = process.platform !== 'win32';

describe('a hostile batch', () => {
  it('is accounted for in under two minutes and 2 GB, the ordinary article imported', async () => {
    const dir = tempDir();
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const files: Record<string, Uint8Array> = {
      'bersarang.html': nestedHtml(2_000),
      'bersarang-dalam.html': nestedHtml(10_000),
      'paragraf-banyak.html': siblingHtml(16_000),
      'tabel-bersarang.html': nestedTablesHtml(300),
      'lingkaran.tif': selfLoopTiff(),
      'spasi.docx': blanksDocx(100_000),
      'bohong.docx': await lyingDocx(300),
      'tawa.docx': billionLaughsDocx(),
      'token.pdf': await longTokenPdf(200_000),
      'bom.pdf': await streamBombPdf(300),
      'raksasa.png': pngHeaderOnly(10_001, 10_000),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(inbox, name), bytes);
    const article = join(inbox, 'artikel.txt');
    copyFileSync(join(sharedDir, 'corpus', 'dev', 'dev-001.txt'), article);
    const paths = [inbox];
    if (posix) {
      const pipe = join(dir, 'pipa.txt');
      expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
      paths.push(pipe, '/dev/zero');
    }

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 100);
    const backend = await openBackend({ dataDir: join(dir, 'data') });
    const started = performance.now();
    try {
      const { jobId } = await backend.importer.start({ sources: paths.map((path) => ({ path })), ocr: 'auto', lang: 'ind+eng' });
      const summary = await backend.importer.whenDone(jobId)!;
      const elapsed = performance.now() - started;
      const outcome = new Map<string, string>([
        ...summary.imported.map((i) => [i.file, 'imported'] as const),
        ...summary.failed.map((f) => [f.file, `failed: ${f.error}`] as const),
        ...summary.duplicates.map((d) => [d.file, 'duplicate'] as const),
      ]);
      console.log(`hostile batch: ${(elapsed / 1000).toFixed(1)} s, peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
      for (const [file, result] of outcome)
        console.log(`  ${file.startsWith(dir) ? file.slice(dir.length) : file}: ${result.slice(0, 140)}`);

      expect(outcome.get(article)).toBe('imported');
      // Every file has an outcome; the refused ones say why, none says to try again.
      expect(outcome.size).toBe(Object.keys(files).length + 1 + (posix ? 2 : 0));
      for (const failed of summary.failed) {
        expect(failed.error.length, failed.file).toBeGreaterThan(20);
        expect(failed.error, failed.file).not.toMatch(/try again/i);
      }
      const failedOf = (name: string) => outcome.get(join(inbox, name)) ?? '';
      expect(failedOf('bersarang.html')).toMatch(/cannot read safely/);
      expect(failedOf('bersarang-dalam.html')).toMatch(/cannot read safely/);
      expect(failedOf('lingkaran.tif')).toMatch(/point back/);
      expect(failedOf('bohong.docx')).toMatch(/too large to import/);
      expect(failedOf('bom.pdf')).toMatch(/cannot read safely/);
      expect(failedOf('raksasa.png')).toMatch(/too large/);
      expect(outcome.get(join(inbox, 'paragraf-banyak.html'))).toBe('imported');
      expect(outcome.get(join(inbox, 'spasi.docx'))).toBe('imported');
      if (posix) {
        expect(outcome.get(join(dir, 'pipa.txt'))).toMatch(/is a pipe, not an ordinary file/);
        expect(outcome.get('/dev/zero')).toMatch(/is a device, not an ordinary file/);
      }
      expect(elapsed).toBeLessThan(120_000);
      expect(peakRss).toBeLessThan(2 * 1024 * 1024 * 1024);
    } finally {
      clearInterval(sampler);
      await backend.close();
    }
  }, 180_000);
});
