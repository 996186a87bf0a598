import type { OcrMode, PageText, ReadDocument } from '../../../shared/types/document.ts';
import { detectLanguage } from '../../../shared/text/language.ts';
import { PAGE_SEPARATOR, pageOffsets } from '../../../shared/text/pages.ts';
import { imagePageForOcr, imagePageGeometry, planImage, releaseCanvas, renderImagePage } from './image.ts';
import type { ImagePageGeometry } from './image.ts';
import { MIME } from './sniff.ts';
import type { OcrPool } from './ocr-pool.ts';
import { runOcrPages } from './ocr-pages.ts';
import { planPenutupZones, readZones } from './ocr-zones.ts';
import type { OcrZone, WordBox } from '../../../shared/types/document.ts';

/*
 * Image files (PNG, JPEG, one or more TIFF pages): each page is OCR'd unless OCR is off, in which
 * case the document has pages with no text. The page space is the image's own pixels (oriented,
 * capped at LIMITS.maxPagePixels).
 */
export interface ImageReadOptions {
  ocr: OcrMode;
  getOcrPool: () => OcrPool;
  onProgress?: (p: { page: number; pageCount: number; phase: 'text' | 'ocr' }) => void;
  signal?: AbortSignal;
}

interface Draft {
  index: number;
  geometry: ImagePageGeometry;
  text: string;
  words: WordBox[];
  confidence: number | null;
  zones?: OcrZone[];
}

export async function readImage(bytes: Uint8Array, options: ImageReadOptions): Promise<ReadDocument> {
  const plan = planImage(bytes);
  const drafts: Draft[] = Array.from({ length: plan.pageCount }, (_, index) => ({
    index,
    geometry: imagePageGeometry(plan, index),
    text: '',
    words: [],
    confidence: null,
  }));
  if (options.ocr !== 'off') {
    await runOcrPages({
      pool: options.getOcrPool(),
      pages: drafts,
      signal: options.signal,
      render: async (draft) => {
        const { gray, geometry } = imagePageForOcr(bytes, plan, draft.index);
        return { image: gray, toPage: geometry.page.width / geometry.ocr.width };
      },
      accept: (draft, result, words) => {
        draft.text = result.text;
        draft.words = words;
        draft.confidence = result.confidence;
      },
      onPageDone: (done, total) => options.onProgress?.({ page: done, pageCount: total, phase: 'ocr' }),
    });
    // A scanned decree's Penutup read a second time (ocr-zones.ts).
    const zonePlan = planPenutupZones(
      drafts.map((d) => ({ text: d.text, words: d.words, width: d.geometry.page.width, height: d.geometry.page.height })),
    );
    if (zonePlan) {
      const draft = drafts[zonePlan.pageIndex]!;
      const { ocr, page } = draft.geometry;
      const canvas = renderImagePage(bytes, plan, draft.index, ocr);
      const rgba = canvas.getContext('2d').getImageData(0, 0, ocr.width, ocr.height).data;
      releaseCanvas(canvas);
      draft.zones = await readZones(
        options.getOcrPool(),
        zonePlan.zones,
        { rgba, width: ocr.width, height: ocr.height, dpi: ocr.dpi, toPage: page.width / ocr.width },
        options.signal,
      );
    }
  }
  const offsets = pageOffsets(drafts.map((d) => d.text));
  const pages: PageText[] = drafts.map((draft, i) => {
    const { start, end } = offsets[i]!;
    return {
      pageNo: draft.index + 1,
      text: draft.text,
      start,
      end,
      width: draft.geometry.page.width,
      height: draft.geometry.page.height,
      source: 'ocr',
      ocrConfidence: draft.confidence,
      words: draft.words.map((w) => ({ ...w, start: w.start + start, end: w.end + start })),
      ...(draft.zones?.length ? { zones: draft.zones } : {}),
    };
  });
  const text = drafts.map((d) => d.text).join(PAGE_SEPARATOR);
  const mime = plan.info.format === 'png' ? MIME.png : plan.info.format === 'jpeg' ? MIME.jpeg : MIME.tiff;
  return { mime, sourceType: 'image', text, title: null, language: detectLanguage(text), pages };
}
