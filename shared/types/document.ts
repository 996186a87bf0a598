/** How a document came in; drives the review view (page images only for pdf/image). */
export const SOURCE_TYPES = ['text', 'html', 'pdf', 'image', 'docx'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const DOCUMENT_STATUSES = ['new', 'in_review', 'confirmed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const OCR_MODES = ['auto', 'force', 'off'] as const;
export type OcrMode = (typeof OCR_MODES)[number];

/** A word on a page image, in page pixels of the stored page image (top-left origin). */
export interface WordBox {
  text: string;
  /** Offset range of this word in the document's clean text. */
  start: number;
  end: number;
  x: number;
  y: number;
  width: number;
  height: number;
  confidence?: number;
}

/** One page of a paged source (PDF, image). `start`/`end` locate its text in the clean text. */
export interface PageText {
  pageNo: number;
  text: string;
  start: number;
  end: number;
  /** Page size in the coordinate space of `words` (pixels of the rendered page image). */
  width: number;
  height: number;
  source: 'text-layer' | 'ocr';
  /** Mean OCR confidence in [0,1], null for a text layer. */
  ocrConfidence: number | null;
  words: WordBox[];
  /** Parts of the page OCR read a second time (see OcrZone); absent when none was. */
  zones?: OcrZone[];
}

/**
 * A part of a scanned page read a second time by OCR, apart from the page's text: a decree's
 * "pada tanggal" line with stamped or handwritten ink kept, or its signature block with coloured
 * ink removed, where the first reading of the whole page loses them. Its text is not part of the
 * clean text; readers use it only for what the clean text does not show, and flag it as weak.
 */
export interface OcrZone {
  purpose: 'penutup-date' | 'penutup-signature';
  /** The recognised text; `words[].start/end` are offsets into it, not into the clean text. */
  text: string;
  /** Words in page pixels, like PageText.words. */
  words: WordBox[];
  /** Mean word confidence in [0, 1]. */
  confidence: number;
}

/** What a format reader produces from the bytes of one file. */
export interface ReadDocument {
  mime: string;
  sourceType: SourceType;
  /** Clean text (see cleanText): every span offset points into this. */
  text: string;
  title: string | null;
  language: string | null;
  /** Empty for unpaged sources (text, HTML, DOCX). */
  pages: PageText[];
}
