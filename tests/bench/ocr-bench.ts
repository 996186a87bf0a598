// OCR and PDF-text benchmark: Lontar against native peers, side by side in one run, on the same
// generated pages. `runOcrBench()` returns the figures; `npm run bench -- --only ocr` prints them.
//
// - OCR: N generated 300-dpi A4 pages (clean, and tilted/noisy JPEG-like scans) as PNG files.
//   Lontar: its OCR pool (one worker per core, capped) recognising the PNG bytes; native: Debian
//   `tesseract` with the SAME ind+eng best_int models (gunzipped from the npm packages),
//   `--oem 1 --psm 3 --dpi 300`, OMP_THREAD_LIMIT=1, as many processes as the pool has workers,
//   each reading a list of pages. Start-up and model loading are excluded from both: the pool is
//   warmed up before timing; the native start-up (the same processes on a blank one-line page)
//   is subtracted. The engines alternate for `rounds` rounds and each one's best round counts,
//   because other work on a shared machine makes single runs noisy; CPU seconds are reported too.
// - Memory: peak RSS of a fresh Node process (worker threads included) importing a 100-page
//   scanned PDF through the pool (readDocument, auto mode: render → OCR per page).
// - PDF text: a generated born-digital PDF read by readDocument (ocr off, one thread) against
//   `pdftotext` (poppler) on the same file.
// ratio = Lontar seconds ÷ peer seconds (lower is better; 1 = as fast as the peer).
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readDocument } from '../../electron/backend/import/read-document.ts';
import { createOcrPool } from '../../electron/backend/import/ocr-pool.ts';
import { languageCodes, packagedModelPath } from '../../electron/backend/import/lang-data.ts';
import { buildImagePdf, buildTextPdf } from '../helpers/fixtures/pdf.ts';
import { pageToJpeg, pageToPng, renderScannedPage } from '../helpers/fixtures/scan.ts';
import type { ScanOptions, ScannedPage } from '../helpers/fixtures/scan.ts';
import { levenshtein, normalizeWhitespace } from '../helpers/fixtures/cer.ts';
import { devText, devTextNames } from '../helpers/fixtures/paths.ts';

export interface OcrBenchResult {
  ocr: {
    secondsPerPage: number;
    nativeSecondsPerPage: number;
    ratio: number;
    cer: number;
    nativeCer: number;
    peakRssMb: number;
    /** Extra context: CPU seconds per page (all threads / processes), pages, workers, the 100-page import's own seconds per page. */
    cpuSecondsPerPage: number;
    nativeCpuSecondsPerPage: number;
    pages: number;
    workers: number;
    importSecondsPerPage: number;
    memoryPages: number;
  };
  pdfText: { pagesPerSecond: number; pdftotextPagesPerSecond: number; ratio: number; pages: number };
}

export interface OcrBenchOptions {
  /** Pages OCR'd by both engines (default 12). */
  pages?: number;
  /** Pages of the scanned import whose peak memory is measured (default 100). */
  memoryPages?: number;
  /** Pages of the born-digital PDF (default 300). */
  textPages?: number;
  /** Alternating OCR rounds per engine; the best of each counts (default 2). */
  rounds?: number;
  log?: (line: string) => void;
}

const LANG = 'ind+eng';
const PSM = '3';

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
}

/** Total edits over total reference length, on whitespace-normalised text. */
function corpusCer(pairs: Array<{ hypothesis: string; reference: string }>): number {
  let edits = 0;
  let length = 0;
  for (const { hypothesis, reference } of pairs) {
    const ref = normalizeWhitespace(reference);
    edits += levenshtein(normalizeWhitespace(hypothesis), ref);
    length += ref.length;
  }
  return length ? edits / length : 0;
}

function scanVariant(i: number): ScanOptions {
  // Every other page is a tilted, blurred, noisy scan (what clerks really feed in).
  return i % 2 === 0 ? { seed: i } : { rotateDeg: i % 4 === 1 ? 0.8 : -1.5, noise: 20, speckles: 40, blurPx: 0.8, seed: i };
}

function benchPages(count: number): ScannedPage[] {
  const names = devTextNames().filter((name) => {
    try {
      renderScannedPage(devText(name), { dpi: 50 });
      return true;
    } catch {
      return false;
    }
  });
  return Array.from({ length: count }, (_, i) => renderScannedPage(devText(names[i % names.length]!), scanVariant(i)));
}

async function ocrComparison(dir: string, pageCount: number, rounds: number, log: (line: string) => void) {
  const pages = benchPages(pageCount);
  const pngs = await Promise.all(pages.map((page) => pageToPng(page)));
  const references = pages.map((page) => page.lines.join('\n'));
  // The canvases are no longer needed: free their pixels before timing anything.
  for (const page of pages) {
    page.canvas.width = 1;
    page.canvas.height = 1;
  }
  const files = pngs.map((png, i) => {
    const file = join(dir, `page-${String(i).padStart(3, '0')}.png`);
    writeFileSync(file, png);
    return file;
  });

  // Native tesseract with the same models, same segmentation mode, one thread per process.
  const tessdata = join(dir, 'tessdata');
  execFileSync('mkdir', ['-p', tessdata]);
  for (const code of languageCodes(LANG))
    writeFileSync(join(tessdata, `${code}.traineddata`), gunzipSync(readFileSync(packagedModelPath(code))));
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  const hasTime = existsSync('/usr/bin/time');
  const tesseract = (input: string, timeFile: string): Promise<string> => {
    const args = [input, 'stdout', '--tessdata-dir', tessdata, '-l', LANG, '--oem', '1', '--psm', PSM, '--dpi', '300'];
    return hasTime ? run('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, 'tesseract', ...args], env) : run('tesseract', args, env);
  };
  const cpuOf = (timeFile: string): number => {
    try {
      return readFileSync(timeFile, 'utf8')
        .trim()
        .split(/\s+/)
        .slice(-2)
        .reduce((sum, v) => sum + Number(v), 0);
    } catch {
      return Number.NaN;
    }
  };

  const pool = createOcrPool({ lang: LANG, psm: Number(PSM) });
  const workers = pool.size;
  const lists = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const listFiles = lists.map((list, w) => {
    const file = join(dir, `list-${w}.txt`);
    writeFileSync(file, `${list.join('\n')}\n`);
    return file;
  });
  // Start-up and model loading of the native processes: the same command on a one-line blank page.
  const blank = join(dir, 'blank.pgm');
  writeFileSync(blank, Buffer.concat([Buffer.from('P5\n64 8\n255\n'), Buffer.alloc(64 * 8, 255)]));
  const blankList = join(dir, 'blank.txt');
  writeFileSync(blankList, `${blank}\n`);

  let lontarBest = Number.POSITIVE_INFINITY;
  let nativeBest = Number.POSITIVE_INFINITY;
  let lontarCpu = Number.NaN;
  let nativeCpu = Number.NaN;
  let lontarTexts: string[] = [];
  const nativeTexts: string[] = new Array<string>(pageCount).fill('');
  try {
    await pool.warmUp();
    // Other work on the machine makes single runs noisy: alternate the engines, keep each one's best.
    for (let round = 0; round < rounds; round += 1) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const results = await Promise.all(pngs.map((png) => pool.recognize(png)));
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      if (seconds < lontarBest) {
        lontarBest = seconds;
        lontarCpu = (used.user + used.system) / 1e6;
        lontarTexts = results.map((r) => r.text);
      }
      log(
        `lontar round ${round + 1}: ${pageCount} pages on ${workers} workers in ${seconds.toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(1)} s)`,
      );

      const startups: number[] = [];
      for (let i = 0; i < 2; i += 1) {
        const t = performance.now();
        await Promise.all(listFiles.map((_, w) => tesseract(blankList, join(dir, `startup-${w}.time`))));
        startups.push((performance.now() - t) / 1000);
      }
      const startupCpu = listFiles.reduce((sum, _, w) => sum + cpuOf(join(dir, `startup-${w}.time`)), 0);
      const startup = Math.min(...startups);
      const nativeStarted = performance.now();
      const outputs = await Promise.all(listFiles.map((list, w) => tesseract(list, join(dir, `run-${w}.time`))));
      const nativeSeconds = (performance.now() - nativeStarted) / 1000 - startup;
      const cpuSeconds = listFiles.reduce((sum, _, w) => sum + cpuOf(join(dir, `run-${w}.time`)), 0) - startupCpu;
      if (nativeSeconds < nativeBest) {
        nativeBest = nativeSeconds;
        nativeCpu = cpuSeconds;
        outputs.forEach((output, w) => {
          const texts = output.split('\f');
          lists[w]!.forEach((file, j) => {
            nativeTexts[files.indexOf(file)] = texts[j] ?? '';
          });
        });
      }
      log(
        `native round ${round + 1}: ${pageCount} pages in ${workers} processes in ${nativeSeconds.toFixed(2)} s (start-up ${startup.toFixed(2)} s excluded; CPU ${cpuSeconds.toFixed(1)} s)`,
      );
    }
  } finally {
    await pool.terminate();
  }
  const cer = corpusCer(lontarTexts.map((text, i) => ({ hypothesis: text, reference: references[i]! })));
  const nativeCer = corpusCer(nativeTexts.map((text, i) => ({ hypothesis: text, reference: references[i]! })));
  log(`OCR CER: lontar ${(cer * 100).toFixed(2)} %, native ${(nativeCer * 100).toFixed(2)} %`);
  return {
    secondsPerPage: lontarBest / pageCount,
    nativeSecondsPerPage: nativeBest / pageCount,
    cpuSecondsPerPage: lontarCpu / pageCount,
    nativeCpuSecondsPerPage: nativeCpu / pageCount,
    cer,
    nativeCer,
    workers,
  };
}

/**
 * The import runs in a fresh Node process (this one already holds the bench's own page
 * fixtures): it reads the PDF, OCRs every page through a pool in auto mode and reports the
 * kernel's peak-RSS mark (VmHWM: the whole process, worker threads included) and a 100-ms
 * sampled peak.
 */
function childScript(pdfPath: string): string {
  const readDocumentUrl = pathToFileURL(join(import.meta.dirname, '../../electron/backend/import/read-document.ts')).href;
  const poolUrl = pathToFileURL(join(import.meta.dirname, '../../electron/backend/import/ocr-pool.ts')).href;
  return `
    import { readFileSync } from 'node:fs';
    const { readDocument } = await import(${JSON.stringify(readDocumentUrl)});
    const { createOcrPool } = await import(${JSON.stringify(poolUrl)});
    const bytes = new Uint8Array(readFileSync(${JSON.stringify(pdfPath)}));
    const pool = createOcrPool({ lang: ${JSON.stringify(LANG)} });
    let sampled = process.memoryUsage().rss;
    const timer = setInterval(() => { sampled = Math.max(sampled, process.memoryUsage().rss); }, 100);
    const started = performance.now();
    let ocrPages = 0;
    const doc = await readDocument({ bytes, name: 'bench-scan.pdf' }, { ocr: 'auto', ocrPool: pool, onProgress: (p) => {
      sampled = Math.max(sampled, process.memoryUsage().rss);
      if (p.phase === 'ocr') { ocrPages = p.page; if (p.page % 10 === 0) process.stderr.write(p.page + '/' + p.pageCount + " pages OCR'd, RSS " + Math.round(process.memoryUsage().rss / 1e6) + ' MB\\n'); }
    } });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    await pool.terminate();
    const hwm = Number(/VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
    process.stdout.write(JSON.stringify({ hwmMb: hwm, sampledMb: sampled / 1024 / 1024, seconds, pages: doc.pages.length, ocrPages, allOcr: doc.pages.every((p) => p.source === 'ocr') }) + '\\n');
  `;
}

async function memoryOfScannedImport(dir: string, pageCount: number, log: (line: string) => void) {
  // Ten distinct scanned pages (JPEG, as scanners write them), repeated to the page count.
  const jpegs = await Promise.all(benchPages(10).map((page) => pageToJpeg(page, 75)));
  const pdf = await buildImagePdf(
    Array.from({ length: pageCount }, (_, i) => ({ bytes: jpegs[i % jpegs.length]!, format: 'jpeg' as const })),
  );
  const file = join(dir, 'scanned.pdf');
  writeFileSync(file, pdf);
  log(`memory: ${pageCount}-page scanned PDF, ${(pdf.length / 1e6).toFixed(1)} MB, imported in a fresh process`);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', childScript(file)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (/pages OCR'd/.test(line)) log(`memory: ${line}`);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`scanned import exited with ${code}`))));
  });
  const result = JSON.parse(output.trim().split('\n').pop() ?? '{}') as {
    hwmMb: number;
    sampledMb: number;
    seconds: number;
    pages: number;
    ocrPages: number;
    allOcr: boolean;
  };
  if (result.pages !== pageCount || result.ocrPages !== pageCount || !result.allOcr)
    throw new Error('The scanned import did not OCR every page.');
  const peakRssMb = Math.max(result.hwmMb, result.sampledMb);
  log(
    `memory: peak RSS ${peakRssMb.toFixed(0)} MB (kernel ${result.hwmMb.toFixed(0)} MB, sampled ${result.sampledMb.toFixed(0)} MB), ${(result.seconds / pageCount).toFixed(2)} s/page`,
  );
  return { peakRssMb, importSecondsPerPage: result.seconds / pageCount };
}

async function pdfTextComparison(dir: string, pageCount: number, log: (line: string) => void) {
  const names = devTextNames();
  const built = await buildTextPdf(Array.from({ length: pageCount }, (_, i) => devText(names[i % names.length]!).slice(0, 2200)));
  const pages = built.pages.length;
  const file = join(dir, 'text.pdf');
  writeFileSync(file, built.bytes);
  const lontar: number[] = [];
  const poppler: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    let t = performance.now();
    await readDocument({ bytes: built.bytes, name: 'text.pdf' }, { ocr: 'off' });
    lontar.push((performance.now() - t) / 1000);
    t = performance.now();
    await run('pdftotext', [file, join(dir, 'text.txt')], process.env);
    poppler.push((performance.now() - t) / 1000);
  }
  const lontarSeconds = Math.min(...lontar);
  const popplerSeconds = Math.min(...poppler);
  log(`pdf text: ${pages} pages, lontar ${lontarSeconds.toFixed(3)} s, pdftotext ${popplerSeconds.toFixed(3)} s (best of 3)`);
  return {
    pagesPerSecond: pages / lontarSeconds,
    pdftotextPagesPerSecond: pages / popplerSeconds,
    ratio: lontarSeconds / popplerSeconds,
    pages,
  };
}

export async function runOcrBench(options: OcrBenchOptions = {}): Promise<OcrBenchResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dir = mkdtempSync(join(tmpdir(), 'lontar-ocr-bench-'));
  try {
    const pdfText = await pdfTextComparison(dir, options.textPages ?? 300, log);
    const pages = options.pages ?? 12;
    const comparison = await ocrComparison(dir, pages, options.rounds ?? 2, log);
    const memoryPages = options.memoryPages ?? 100;
    const memory = await memoryOfScannedImport(dir, memoryPages, log);
    return {
      ocr: {
        secondsPerPage: comparison.secondsPerPage,
        nativeSecondsPerPage: comparison.nativeSecondsPerPage,
        ratio: comparison.secondsPerPage / comparison.nativeSecondsPerPage,
        cer: comparison.cer,
        nativeCer: comparison.nativeCer,
        peakRssMb: memory.peakRssMb,
        cpuSecondsPerPage: comparison.cpuSecondsPerPage,
        nativeCpuSecondsPerPage: comparison.nativeCpuSecondsPerPage,
        pages,
        workers: comparison.workers,
        importSecondsPerPage: memory.importSecondsPerPage,
        memoryPages,
      },
      pdfText,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
