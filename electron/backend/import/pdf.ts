import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OcrMode, OcrZone, PageText, ReadDocument, WordBox } from '../../../shared/types/document.ts';
import { cleanText } from '../../../shared/extract/text/clean-text.ts';
import { detectLanguage } from '../../../shared/text/language.ts';
import { PAGE_SEPARATOR, pageOffsets } from '../../../shared/text/pages.ts';
import { assessTextQuality, judgeTextQuality } from '../../../shared/text/text-quality.ts';
import type { TextVerdict } from '../../../shared/text/text-quality.ts';
import { ImportError, throwIfAborted } from './import-error.ts';
import { canvasToGray, releaseCanvas } from './image.ts';
import { LIMITS } from './limits.ts';
import type { OcrPool, OcrResult } from './ocr-pool.ts';
import { createOcrQueue } from './ocr-pages.ts';
import type { OcrQueue } from './ocr-pages.ts';
import { planPenutupZones, readZones } from './ocr-zones.ts';
import type { GrayImage } from './raster.ts';
import { getPdfPage, openPdf, renderPdfPage, scaleFor } from './pdf-document.ts';
import { checkPdfStreams } from './pdf-streams.ts';
import { layoutTextItems } from './pdf-text-layer.ts';
import type { TextItemLike } from './pdf-text-layer.ts';

/*
 * PDF: the text layer of every page (pdf.js), and OCR for pages whose text layer is missing,
 * thin or garbage (auto), for every page (force) or never (off). Pages are read one at a time
 * and released, so a 500-page file needs the memory of a page, not of the file's text.
 */

export interface ReadOptions {
  ocr: OcrMode;
  /** Obtains the OCR pool when the first page needs OCR (pools start workers lazily anyway). */
  getOcrPool: () => OcrPool;
  onProgress?: (p: { page: number; pageCount: number; phase: 'text' | 'ocr' }) => void;
  signal?: AbortSignal;
}

interface PageDraft {
  pageNo: number;
  text: string;
  words: WordBox[];
  width: number;
  height: number;
  /** Page-image pixels per PDF point. */
  scale: number;
  verdict: TextVerdict;
  source: 'text-layer' | 'ocr';
  ocrConfidence: number | null;
  zones?: OcrZone[];
}

function isTextItem(item: unknown): item is TextItemLike {
  return typeof item === 'object' && item !== null && typeof (item as { str?: unknown }).str === 'string';
}

function needsOcr(mode: OcrMode, verdict: TextVerdict): boolean {
  if (mode === 'off') return false;
  if (mode === 'force') return true;
  return verdict !== 'good';
}

/** A document-info title worth showing (not "Microsoft Word - draft3.docx" or a file name). */
function usefulTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const title = cleanText(raw).replace(/\s+/g, ' ').trim();
  if (title.length < 4 || title.length > 300) return null;
  if (/^microsoft (word|excel|powerpoint)\s*-/i.test(title)) return null;
  if (/\.(docx?|pdf|xlsx?|rtf|odt|tiff?|jpe?g|png)$/i.test(title) || /^untitled$/i.test(title)) return null;
  return title;
}

async function readTextLayer(doc: PDFDocumentProxy, pageNo: number): Promise<PageDraft> {
  const page = await getPdfPage(doc, pageNo);
  try {
    const scale = scaleFor(page, LIMITS.pageImageDpi, LIMITS.maxPagePixels);
    const viewport = page.getViewport({ scale });
    let items: unknown[];
    try {
      items = (await page.getTextContent()).items;
    } catch {
      // A page whose text cannot be parsed is treated like a page without text: OCR decides.
      items = [];
    }
    const layout = layoutTextItems(items.filter(isTextItem), viewport.transform);
    return {
      pageNo,
      text: layout.text,
      words: layout.words,
      width: Math.round(viewport.width),
      height: Math.round(viewport.height),
      scale,
      verdict: judgeTextQuality(assessTextQuality(layout.text)),
      source: 'text-layer',
      ocrConfidence: null,
    };
  } finally {
    page.cleanup();
  }
}

/** Keeps OCR only where it beats a non-garbage text layer (e.g. a short but real last page). */
function ocrIsBetter(draft: PageDraft, result: OcrResult, mode: OcrMode): boolean {
  if (mode === 'force' || draft.verdict === 'garbage' || draft.verdict === 'empty') return true;
  return assessTextQuality(result.text).realWords > assessTextQuality(draft.text).realWords;
}

/** A scanned decree's Penutup read a second time (ocr-zones.ts): its zones go with their page. */
async function readPenutupAgain(doc: PDFDocumentProxy, scanned: PageDraft[], options: ReadOptions): Promise<void> {
  const plan = planPenutupZones(scanned);
  if (!plan) return;
  const draft = scanned[plan.pageIndex]!;
  const page = await getPdfPage(doc, draft.pageNo);
  try {
    const ocrScale = scaleFor(page, LIMITS.ocrDpi, LIMITS.maxOcrPixels);
    const canvas = await renderPdfPage(doc, page, ocrScale);
    const rgba = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    const rendered = { rgba, width: canvas.width, height: canvas.height, dpi: Math.round(ocrScale * 72), toPage: draft.scale / ocrScale };
    releaseCanvas(canvas);
    draft.zones = await readZones(options.getOcrPool(), plan.zones, rendered, options.signal);
  } finally {
    page.cleanup();
  }
}

/** A page drawn at the OCR resolution, and the factor from those pixels to the page image's. */
async function renderForOcr(doc: PDFDocumentProxy, draft: PageDraft): Promise<{ image: GrayImage; toPage: number }> {
  const page = await getPdfPage(doc, draft.pageNo);
  try {
    const ocrScale = scaleFor(page, LIMITS.ocrDpi, LIMITS.maxOcrPixels);
    const canvas = await renderPdfPage(doc, page, ocrScale);
    const image = canvasToGray(canvas, Math.round(ocrScale * 72));
    releaseCanvas(canvas);
    return { image, toPage: draft.scale / ocrScale };
  } finally {
    page.cleanup();
  }
}

export async function readPdf(bytes: Uint8Array, options: ReadOptions): Promise<ReadDocument> {
  await checkPdfStreams(bytes);
  const { doc, close } = await openPdf(bytes);
  try {
    const pageCount = doc.numPages;
    if (pageCount > LIMITS.maxPages) {
      throw new ImportError(
        'too-large',
        `This PDF has ${pageCount} pages; Lontar reads at most ${LIMITS.maxPages} pages per file. Split it into parts.`,
      );
    }
    const drafts: PageDraft[] = [];
    // A page that needs OCR is rendered and handed to the pool as soon as its text layer is
    // judged, so OCR of page 1 runs while page 2 is read (the pool starts on the first such page).
    let queue: OcrQueue<PageDraft> | null = null;
    let queued = 0;
    const total = () => (options.ocr === 'force' ? pageCount : queued + (pageCount - drafts.length));
    try {
      for (let pageNo = 1; pageNo <= pageCount; pageNo += 1) {
        throwIfAborted(options.signal);
        const draft = await readTextLayer(doc, pageNo);
        drafts.push(draft);
        options.onProgress?.({ page: pageNo, pageCount, phase: 'text' });
        if (!needsOcr(options.ocr, draft.verdict)) continue;
        queue ??= createOcrQueue({
          pool: options.getOcrPool(),
          signal: options.signal,
          total,
          render: (d) => renderForOcr(doc, d),
          accept: (d, result, words) => {
            if (!ocrIsBetter(d, result, options.ocr)) return;
            d.text = result.text;
            d.words = words;
            d.source = 'ocr';
            d.ocrConfidence = result.confidence;
          },
          onPageDone: (done, count) => options.onProgress?.({ page: done, pageCount: count, phase: 'ocr' }),
        });
        queued += 1;
        await queue.add(draft);
      }
    } catch (error) {
      await queue?.abandon();
      throw error;
    }
    await queue?.finish();
    if (queue)
      await readPenutupAgain(
        doc,
        drafts.filter((d) => d.source === 'ocr'),
        options,
      );

    const offsets = pageOffsets(drafts.map((d) => d.text));
    const pages: PageText[] = drafts.map((draft, i) => {
      const { start } = offsets[i]!;
      return {
        pageNo: draft.pageNo,
        text: draft.text,
        start,
        end: start + draft.text.length,
        width: draft.width,
        height: draft.height,
        source: draft.source,
        ocrConfidence: draft.ocrConfidence,
        words: draft.words.map((w) => ({ ...w, start: w.start + start, end: w.end + start })),
        ...(draft.zones?.length ? { zones: draft.zones } : {}),
      };
    });
    const text = drafts.map((d) => d.text).join(PAGE_SEPARATOR);
    let title: string | null = null;
    try {
      const metadata = await doc.getMetadata();
      title = usefulTitle((metadata.info as { Title?: unknown } | undefined)?.Title);
    } catch {
      title = null;
    }
    return { mime: 'application/pdf', sourceType: 'pdf', text, title, language: detectLanguage(text), pages };
  } finally {
    await close();
  }
}
