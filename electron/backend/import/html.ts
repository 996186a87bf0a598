import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ReadDocument } from '../../../shared/types/document.ts';
import { cleanText } from '../../../shared/extract/text/clean-text.ts';
import { detectLanguage } from '../../../shared/text/language.ts';
import { ImportError } from './import-error.ts';
import { detectTextEncoding } from './text.ts';
import { checkHtmlShape } from './html-shape.ts';
import { measureTree, walkTree } from './html-tree.ts';
import type { TreeNode } from './html-tree.ts';

/*
 * Saved news pages: find the article, drop the page chrome. linkedom builds a DOM without a
 * browser: it never executes scripts, never fires event handlers and never fetches anything,
 * so a saved page cannot run code or call home. Readability picks the article; this module
 * turns its HTML into blank-line-separated paragraphs, title first.
 */

// Minimal structural view of the DOM nodes we walk: linkedom's own types describe a browser
// Window, which the Node-side type configuration (no DOM lib) cannot name.
interface DomNode extends TreeNode {
  getAttribute?: (name: string) => string | null;
}
interface DomDocument {
  title: string;
  documentElement: DomNode | null;
  body: DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode & { remove(): void }>;
}

const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CAPTION',
  'CENTER',
]);
const CELL_ELEMENTS = new Set(['TD', 'TH']);
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, link, meta, button, select, input, textarea';
// Page furniture removed when Readability finds no article and the whole body is used instead.
const CHROME = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"], [hidden]';
// Teasers for other stories that outlets put inside the article body ("BACA JUGA: …").
const RELATED_LABEL = /^(baca\s*juga|baca\s*pula|lihat\s*juga|simak\s*juga|berita\s*terkait|artikel\s*terkait|read\s*also|related)\b\s*:?/i;

/**
 * Pages Readability is given: real news pages nest a few dozen elements deep and hold a few
 * thousand elements; past these it would take seconds to minutes (measured: 1,000 deep, 9 s).
 */
const READABILITY_CAPS = { depth: 200, elements: 25_000 };

/** The encoding a browser would use: BOM, then a <meta> charset in the first 4 KB, then a guess. */
export function decodeHtml(bytes: Uint8Array): string {
  const bomOrGuess = detectTextEncoding(bytes);
  if (bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe || bomOrGuess === 'utf-16le' || bomOrGuess === 'utf-16be') {
    if (!bomOrGuess) throw new ImportError('not-text', 'This web page file is damaged: it contains binary data.');
    return new TextDecoder(bomOrGuess).decode(bytes);
  }
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // An unknown label: fall through to the guess, as browsers do.
    }
  }
  if (!bomOrGuess) throw new ImportError('not-text', 'This web page file is damaged: it contains binary data.');
  return new TextDecoder(bomOrGuess).decode(bytes);
}

interface Paragraph {
  text: string;
  linkChars: number;
}

/** Visible text of a subtree as paragraphs: block elements break paragraphs, <br> breaks lines. */
function collectParagraphs(root: TreeNode): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let text = '';
  let hasText = false;
  let linkChars = 0;
  let linkDepth = 0;
  const flush = (): void => {
    // Many news CMSs separate paragraphs with <br><br> inside one block: a blank line between
    // <br>s is a paragraph break, a single <br> a line break.
    for (const chunk of text.split(/\n[ \t\u00a0]*\n/)) {
      const cleaned = chunk
        .split('\n')
        .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
        .filter((line) => line.length > 0)
        .join('\n');
      if (cleaned) paragraphs.push({ text: cleaned, linkChars: Math.min(linkChars, cleaned.length) });
    }
    text = '';
    hasText = false;
    linkChars = 0;
  };
  walkTree(
    root,
    (node) => {
      if (node.nodeType === 3) {
        const value = (node.textContent ?? '').replace(/\s+/g, ' ');
        text += value;
        const visible = value.trim().length;
        if (visible > 0) hasText = true;
        if (linkDepth > 0) linkChars += visible;
        return false;
      }
      if (node.nodeType !== 1) return false;
      const name = node.nodeName.toUpperCase();
      if (name === 'BR') {
        text += '\n';
        return false;
      }
      if (BLOCK_ELEMENTS.has(name)) flush();
      if (CELL_ELEMENTS.has(name) && hasText) text += '\t';
      if (name === 'A') linkDepth += 1;
      return true;
    },
    (node) => {
      const name = node.nodeName.toUpperCase();
      if (name === 'A') linkDepth -= 1;
      if (BLOCK_ELEMENTS.has(name)) flush();
    },
  );
  flush();
  return paragraphs;
}

function isRelatedTeaser(paragraph: Paragraph): boolean {
  if (!RELATED_LABEL.test(paragraph.text)) return false;
  const rest = paragraph.text.replace(RELATED_LABEL, '').trim();
  // The bare label above a list of links, or the label followed by a linked headline.
  return rest.length === 0 || paragraph.linkChars >= rest.length * 0.5;
}

function removeAll(document: DomDocument, selector: string): void {
  for (const node of Array.from(document.querySelectorAll(selector))) node.remove();
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The article's own headline: a page's only <h1> when the <title> (or Readability's guess)
 * starts with it — "Headline - Outlet" becomes "Headline" — else Readability's title, else <title>.
 */
function pickTitle(headings: string[], pageTitle: string, readabilityTitle: string | null | undefined): string | null {
  const guess = collapse(readabilityTitle ?? '') || pageTitle;
  const only = headings.filter(Boolean);
  if (only.length === 1 && only[0] && (guess.startsWith(only[0]) || pageTitle.startsWith(only[0]))) return only[0];
  return guess || null;
}

function normaliseForCompare(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function languageOf(document: DomDocument, declared: string | null | undefined, text: string): string | null {
  const lang = declared ?? document.documentElement?.getAttribute?.('lang') ?? null;
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary && /^[a-z]{2,3}$/.test(primary)) return primary === 'in' ? 'id' : primary;
  return detectLanguage(text);
}

type Article = ReturnType<Readability['parse']>;

function findArticle(document: unknown): Article {
  try {
    // Readability mutates the document it is given; the fallback below parses a fresh copy.
    return new Readability(document as never, { charThreshold: 200 }).parse();
  } catch {
    return null;
  }
}

export function readHtml(bytes: Uint8Array): ReadDocument {
  const html = decodeHtml(bytes);
  checkHtmlShape(html);
  const { document: parsed } = parseHTML(html);
  const document = parsed as unknown as DomDocument;
  // Nothing here runs, but their text must not leak into the article either.
  removeAll(document, NEVER_TEXT);
  // Read before Readability, which rewrites the document it is given.
  const headings = Array.from(document.querySelectorAll('h1')).map((h) => collapse(h.textContent ?? ''));
  const pageTitle = collapse(document.title ?? '');

  // Readability's time grows steeply with nesting and node count: a hostile page gets the
  // whole-body reading below instead (linear), which is also what a page without an article gets.
  const size = document.body ? measureTree(document.body, READABILITY_CAPS) : { overCap: false };
  const article = size.overCap ? null : findArticle(parsed);

  let paragraphs: Paragraph[];
  if (article?.content && (article.textContent ?? '').trim().length >= 80) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const body = (content as unknown as DomDocument).body;
    paragraphs = body ? collectParagraphs(body) : [];
  } else {
    const { document: fresh } = parseHTML(html);
    const freshDocument = fresh as unknown as DomDocument;
    removeAll(freshDocument, NEVER_TEXT);
    removeAll(freshDocument, CHROME);
    paragraphs = freshDocument.body ? collectParagraphs(freshDocument.body) : [];
  }
  paragraphs = paragraphs.filter((p) => !isRelatedTeaser(p));

  const title = pickTitle(headings, pageTitle, article?.title);
  const texts = paragraphs.map((p) => p.text);
  if (title && normaliseForCompare(texts[0] ?? '') !== normaliseForCompare(title)) texts.unshift(title);
  const text = cleanText(texts.join('\n\n'));
  return {
    mime: 'text/html',
    sourceType: 'html',
    text,
    title,
    language: languageOf(document, article?.lang, text),
    pages: [],
  };
}
