// UI responsiveness, measured in real Chromium (Debian's, as the end-to-end tests) against the
// browser-mode host on a fresh data dir that this module fills itself:
//   keystrokeMs  — a review keystroke ("a") to the updated entity panel, on a document with 300
//                  entities (median of 30; target < 50 ms). The backend's answer is awaited too:
//                  the figure is the later of "panel updated" and "saved".
//   openDecreeMs — opening a 30-page born-digital decree from the library until its text, the
//                  panel beside it (its particulars; other documents their entities) and the
//                  first page image are on screen (median of 5, the first
//                  one cold; target < 1 s).
//   searchMs     — a full-text search over 10,000 documents until the library shows the hits
//                  (median of 8 queries; target < 200 ms).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import playwrightConfig from '../../playwright.config.ts';
import { openBackend } from '../../electron/backend/open-backend.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import type { ExtractedEntity } from '../../shared/types/entity.ts';
import { ENTITY_TYPES } from '../../shared/types/entity.ts';
import { buildTextPdf } from '../helpers/fixtures/pdf.ts';
import { startWebHost } from '../e2e/web-host.ts';

// The callbacks given to page.evaluate run in Chromium. This Node project has no DOM types, so
// the few page globals they touch are declared here, in module scope only.
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  classList: { contains(name: string): boolean };
  dispatchEvent(event: unknown): boolean;
  complete?: boolean;
  naturalWidth?: number;
}
declare const document: { querySelector(selector: string): PageElement | null; querySelectorAll(selector: string): { length: number } };
declare const window: { location: { hash: string }; dispatchEvent(event: unknown): boolean };
declare const KeyboardEvent: new (type: string, init: { key: string; bubbles: boolean; cancelable: boolean }) => unknown;
declare const HTMLInputElement: { prototype: object };
declare function requestAnimationFrame(callback: () => void): number;

export interface UiBenchResult {
  keystrokeMs: number;
  openDecreeMs: number;
  searchMs: number;
}

const LIBRARY_SIZE = 10_000;
const ENTITY_COUNT = 300;
const DECREE_PAGES = 30;
const SEARCH_BUCKETS = 97;

const sharedDir = process.env.LONTAR_SHARED_DIR ?? join(process.cwd(), '..', 'shared');
const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (n: number) => Math.round(n * 10) / 10;

function devTexts(): string[] {
  const dir = join(sharedDir, 'corpus', 'dev');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\r\n?/g, '\n').normalize('NFC'));
}

/** 10,000 news-like documents with a few entities each, inserted in one transaction. */
function fillLibrary(backend: Backend): void {
  const texts = devTexts();
  const { store } = backend;
  const start = Date.parse('2025-01-01T08:00:00Z');
  store.transaction(() => {
    for (let n = 0; n < LIBRARY_SIZE; n++) {
      const base = texts[n % texts.length]!;
      const text = `Arsip nomor ${n}, kode arsip${n % SEARCH_BUCKETS}.\n\n${base}`;
      const id = store.documents.insert(
        {
          contentHash: createHash('sha256').update(text).digest('hex'),
          sourcePath: null,
          originalName: `arsip-${String(n).padStart(5, '0')}.txt`,
          mime: 'text/plain',
          sourceType: 'text',
          size: text.length,
          importedAt: new Date(start + n * 60_000).toISOString(),
          title: base.split('\n', 1)[0]!.slice(0, 200),
          text,
          language: 'id',
          skipped: [],
          fingerprint: null,
          nearDuplicateOf: null,
          nearDuplicateSimilarity: null,
        },
        [],
      );
      const at = text.indexOf('Ombudsman');
      const entities: ExtractedEntity[] =
        at < 0
          ? []
          : [
              {
                type: 'organization',
                normalized: 'Ombudsman Republik Indonesia',
                text: 'Ombudsman',
                start: at,
                end: at + 9,
                attributes: {},
                confidence: 0.9,
                rule: 'bench',
                mentions: [{ start: at, end: at + 9, text: 'Ombudsman', rule: 'bench', confidence: 0.9 }],
              },
            ];
      store.entities.insertExtracted(id, entities, new Date(start).toISOString());
    }
  });
}

/** A long article with 300 distinct entities (six types in turn), each mentioned once. */
function insertEntityDocument(backend: Backend): number {
  const lines: string[] = ['Rekapitulasi penilaian kepatuhan pelayanan publik', ''];
  const entities: ExtractedEntity[] = [];
  let text = lines.join('\n');
  for (let i = 0; i < ENTITY_COUNT; i++) {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length]!;
    const surface = {
      region: `Kabupaten Contoh ${i}`,
      official: `Bupati Pejabat Nomor ${i}`,
      organization: `Dinas Urusan ${i}`,
      score: `${(i % 5) + 1},${String(i % 100).padStart(2, '0')}`,
      date: `${(i % 28) + 1} Maret 2025`,
      decree: `Nomor ${i} Tahun 2024`,
    }[type];
    const sentence = `Butir ${i + 1}: laporan menyebut ${surface} dalam rangkaian penilaian tahun ini.\n`;
    const at = text.length + sentence.indexOf(surface);
    entities.push({
      type,
      normalized: type === 'score' ? surface.replace(',', '.') : `${type}-${i}`,
      text: surface,
      start: at,
      end: at + surface.length,
      attributes: type === 'official' ? { role: 'Bupati', honorifics: [], degrees: [] } : {},
      confidence: 0.5 + (i % 50) / 100,
      rule: `bench.${type}`,
      mentions: [{ start: at, end: at + surface.length, text: surface, rule: `bench.${type}`, confidence: 0.8 }],
    });
    text += sentence;
  }
  const { store } = backend;
  return store.transaction(() => {
    const id = store.documents.insert(
      {
        contentHash: createHash('sha256').update(text).digest('hex'),
        sourcePath: null,
        originalName: 'rekap-300-entitas.txt',
        mime: 'text/plain',
        sourceType: 'text',
        size: text.length,
        importedAt: new Date('2030-01-01T00:00:00Z').toISOString(),
        title: 'Rekapitulasi 300 entitas',
        text,
        language: 'id',
        skipped: [],
        fingerprint: null,
        nearDuplicateOf: null,
        nearDuplicateSimilarity: null,
      },
      [],
    );
    store.entities.insertExtracted(id, entities, new Date().toISOString());
    return id;
  });
}

/** A 30-page born-digital regulation (from the decree corpus), imported through the real pipeline. */
async function importDecree(backend: Backend, dir: string): Promise<number> {
  const source = readFileSync(join(sharedDir, 'corpus', 'decrees-text', 'dt-010.txt'), 'utf8');
  const full = await buildTextPdf([source]);
  if (full.pages.length < DECREE_PAGES) throw new Error(`The decree text gives only ${full.pages.length} pages`);
  const text = full.pages
    .slice(0, DECREE_PAGES)
    .map((lines) => lines.join('\n'))
    .join('\n');
  const pdf = await buildTextPdf([text], { title: 'Peraturan DPRD Kota Madiun Nomor 1 Tahun 2024' });
  const file = join(dir, 'perda-30-halaman.pdf');
  writeFileSync(file, pdf.bytes);
  const { done } = await backend.importer.start({ sources: [{ path: file }], ocr: 'auto', lang: 'ind+eng' });
  const summary = await done;
  const imported = summary.imported[0];
  if (!imported) throw new Error(`The decree did not import: ${JSON.stringify(summary)}`);
  return imported.id;
}

type Ready = 'accepted' | 'saved' | 'decree' | 'search';

/**
 * Waits inside the page (no round trips) until the view shows `ready`, then one more frame so
 * the change has been painted, and returns the ms since `t0` (a performance.now() of the page).
 * The predicates are written out here, not passed as code: the page's CSP forbids eval.
 */
async function settle(page: Page, t0: number, ready: Ready, arg: string | number | null = null, timeout = 20_000): Promise<number> {
  return page.evaluate(
    ([start, kind, value, limit]) =>
      new Promise<number>((resolve, reject) => {
        const checks: Record<Ready, () => boolean> = {
          accepted: () =>
            document.querySelector(`[data-testid="entity-item"][data-entity-id="${value}"]`)?.getAttribute('data-status') === 'confirmed',
          saved: () => {
            const el = document.querySelector(`[data-testid="entity-item"][data-entity-id="${value}"]`);
            return Boolean(el && el.getAttribute('data-status') === 'confirmed' && !el.hasAttribute('data-saving'));
          },
          decree: () => {
            const text = document.querySelector('[data-testid="document-text"]');
            const img = document.querySelector('[data-testid="page-image"] img');
            return Boolean(
              text &&
              (text.textContent ?? '').length > 1000 &&
              // The entity panel drawn: its entities, or its zones (a long table or annex opens collapsed).
              // The panel beside the page drawn: a decree opens on its particulars, other documents
              // on their entities (or zones: a long table or annex opens collapsed).
              document.querySelector(
                '[data-testid="particular-row"], [data-testid="entity-panel"] :is([data-testid="entity-item"], [data-testid="zone"])',
              ) &&
              img?.complete &&
              (img.naturalWidth ?? 0) > 0,
            );
          },
          search: () => {
            const table = document.querySelector('.doc-table');
            const row = document.querySelector('[data-testid="document-row"]');
            const count = document.querySelector('.library .count');
            return Boolean(
              table &&
              !table.classList.contains('stale') &&
              row?.textContent?.includes('arsip-') &&
              (count?.textContent ?? '').replace(/\D/g, '') === String(value),
            );
          },
        };
        const check = checks[kind as Ready];
        const give = performance.now() + (limit as number);
        const tick = () => {
          if (check()) requestAnimationFrame(() => resolve(performance.now() - (start as number)));
          else if (performance.now() > give) reject(new Error(`Timed out waiting for ${kind as string}`));
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    [t0, ready, arg, timeout] as const,
  );
}

async function measureKeystrokes(page: Page, url: string, docId: number): Promise<number> {
  await page.goto(url);
  await page.evaluate((id) => {
    window.location.hash = `#doc/${id}`;
  }, docId);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="entity-item"]').length === n, ENTITY_COUNT, {
    timeout: 30_000,
  });
  const samples: number[] = [];
  const panelOnly: number[] = [];
  for (let i = 0; i < 30; i++) {
    // The selected entity before the key; "a" accepts it and moves on.
    const id = await page.evaluate(() =>
      document.querySelector('[data-testid="entity-item"][aria-selected="true"]')!.getAttribute('data-entity-id'),
    );
    const t0 = await page.evaluate(() => {
      const t = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }));
      return t;
    });
    const panel = await settle(page, t0, 'accepted', id);
    const saved = await settle(page, t0, 'saved', id);
    panelOnly.push(panel);
    samples.push(Math.max(panel, saved));
  }
  log(
    `keystroke: panel ${round(median(panelOnly))} ms, saved ${round(median(samples))} ms (median of ${samples.length}; max ${round(Math.max(...samples))} ms)`,
  );
  return median(samples);
}

async function measureOpenDecree(page: Page, url: string, docId: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    await page.goto(url);
    await page.getByTestId('document-row').first().waitFor();
    const t0 = await page.evaluate((id) => {
      const t = performance.now();
      window.location.hash = `#doc/${id}`;
      return t;
    }, docId);
    times.push(await settle(page, t0, 'decree'));
  }
  log(`open 30-page decree: ${times.map(round).join(', ')} ms (first is cold)`);
  return median(times);
}

async function measureSearch(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.getByTestId('document-row').first().waitFor();
  const times: number[] = [];
  // Two-digit buckets: the search is by prefix, and no other bucket starts with these.
  for (const bucket of [11, 17, 29, 41, 53, 67, 79, 91]) {
    const expected = Array.from({ length: LIBRARY_SIZE }, (_, n) => n).filter((n) => n % SEARCH_BUCKETS === bucket).length;
    const t0 = await page.evaluate((query) => {
      const input = document.querySelector('input[type="search"]')!;
      const t = performance.now();
      // What typing does to a React-controlled input: the native setter, then an input event.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return t;
    }, `arsip${bucket}`);
    times.push(await settle(page, t0, 'search', expected));
  }
  log(`search over ${LIBRARY_SIZE} documents: ${times.map(round).join(', ')} ms`);
  return median(times);
}

export async function runUiBench(): Promise<UiBenchResult> {
  // The UI as it is now, built the way `npm run web` builds it.
  await build({ configFile: join(process.cwd(), 'vite.web.config.ts'), logLevel: 'warn' });
  const dataDir = mkdtempSync(join(tmpdir(), 'lontar-ui-bench-'));
  const work = mkdtempSync(join(tmpdir(), 'lontar-ui-bench-files-'));
  try {
    const setupStarted = performance.now();
    const backend = await openBackend({ dataDir });
    let entityDocId: number;
    let decreeId: number;
    try {
      fillLibrary(backend);
      entityDocId = insertEntityDocument(backend);
      decreeId = await importDecree(backend, work);
    } finally {
      await backend.close();
    }
    log(
      `data: ${LIBRARY_SIZE} documents, one with ${ENTITY_COUNT} entities, a ${DECREE_PAGES}-page decree (${round((performance.now() - setupStarted) / 1000)} s)`,
    );

    const host = await startWebHost(dataDir);
    const launch = playwrightConfig.use?.launchOptions ?? {};
    const browser = await chromium.launch({ executablePath: launch.executablePath ?? '/usr/bin/chromium', args: launch.args ?? [] });
    try {
      const page = await browser.newPage({ viewport: playwrightConfig.use?.viewport ?? { width: 1360, height: 860 } });
      const searchMs = await measureSearch(page, host.url);
      const openDecreeMs = await measureOpenDecree(page, host.url, decreeId);
      const keystrokeMs = await measureKeystrokes(page, host.url, entityDocId);
      return { keystrokeMs: round(keystrokeMs), openDecreeMs: round(openDecreeMs), searchMs: round(searchMs) };
    } finally {
      await browser.close();
      await host.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

// `node tests/bench/ui-bench.ts` runs it alone.
if (import.meta.main) {
  const result = await runUiBench();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
