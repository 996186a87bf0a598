/**
 * Caps that keep one hostile or giant file from exhausting memory or time. Each is checked
 * before the expensive step it protects, and exceeding one gives ImportError('too-large') with a
 * message that says which limit.
 */
export const LIMITS = {
  /**
   * Bytes a file may have to be imported at all, checked before it is read (a path's size, an
   * upload as it streams in). A 300-page colour scan at 300 dpi is about 200 MB.
   */
  maxFileBytes: 512 * 1024 * 1024,
  /** Pages of a PDF or multi-page TIFF. A 5,000-page PDF takes well under a minute to read as text. */
  maxPages: 5000,
  /**
   * Pixels an image may have to be decoded at all (RGBA while decoding: 4 bytes a pixel, so
   * 400 MB at the cap). An A1 sheet scanned at 300 dpi is 70 megapixels.
   */
  maxDecodePixels: 100_000_000,
  /**
   * Pixels of a page image handed to OCR (8-bit grey): larger images are scaled down to this.
   * An A3 page at 300 dpi is 17.4 megapixels; tesseract's memory grows with the image.
   */
  maxOcrPixels: 24_000_000,
  /** Pixels of a stored page image (the review view and the box coordinate space). */
  maxPagePixels: 12_000_000,
  /** Resolution pages are rendered at for OCR. */
  ocrDpi: 300,
  /** Resolution of the page image (PDF pages): the pixel space of PageText and WordBox. */
  pageImageDpi: 150,
  /** Unpacked size a DOCX may declare (zip-bomb guard). */
  maxDocxUnpackedBytes: 256 * 1024 * 1024,
  /**
   * Bytes the XML parts of a DOCX may really inflate to, counted while inflating whatever the
   * archive declares. A 1,000-page text document is about 30 MB of XML.
   */
  maxDocxXmlBytes: 128 * 1024 * 1024,
} as const;
