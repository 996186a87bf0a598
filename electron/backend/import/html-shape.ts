import { ImportError } from './import-error.ts';

/**
 * A linear look at raw HTML before it is parsed. The HTML parser under linkedom keeps its open
 * elements in an array it shifts and unshifts, so its time grows with the square of the nesting
 * depth (measured: 10,000 deep, 0.3 s; 60,000 deep, 7 s). Real news pages nest a few dozen
 * elements deep and hold a few thousand; a page far past that is refused before parsing.
 */
export const HTML_CAPS = {
  /** Nesting of elements that must be closed explicitly (div, span, table…). */
  depth: 1_000,
  /** Start tags in the whole page. */
  elements: 300_000,
};

// The parser's own rules (htmlparser2, under linkedom), so the depth measured is the depth it
// builds: void elements never nest, and opening some elements first closes the open one on top
// (`<p>one<p>two`, `<li>`, `<td>`). `<div/>` is an open div in HTML, closed only inside SVG/MathML.
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIED_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    p: P,
    h1: P,
    h2: P,
    h3: P,
    h4: P,
    h5: P,
    h6: P,
    address: P,
    article: P,
    aside: P,
    blockquote: P,
    details: P,
    div: P,
    dl: P,
    fieldset: P,
    figcaption: P,
    figure: P,
    footer: P,
    form: P,
    header: P,
    hr: P,
    main: P,
    nav: P,
    ol: P,
    pre: P,
    section: P,
    table: P,
    ul: P,
    select: FORM,
    input: FORM,
    output: FORM,
    button: FORM,
    datalist: FORM,
    textarea: FORM,
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
  }).map(([name, closes]) => [name, new Set(closes)]),
);
const FOREIGN = new Set(['svg', 'math']);
// Their content is text, not tags: skipped to the matching end tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

export interface HtmlShape {
  depth: number;
  elements: number;
}

/** Maximum nesting and start-tag count, by one pass over the text (no regex, no recursion). */
export function measureHtml(html: string): HtmlShape {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let depth = 0,
    elements = 0;
  const pop = (): string => {
    const top = stack.pop()!;
    open.set(top, open.get(top)! - 1);
    return top;
  };
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const end = html.indexOf('>', i + 2);
      i = end === -1 ? -1 : html.indexOf('<', end + 1);
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd += 1;
    if (nameEnd === nameStart || !isLetter(html.charCodeAt(nameStart))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = html.indexOf('>', nameEnd);
    if (tagEnd === -1) break;
    if (closing) {
      // The parser closes everything opened after the matching start tag.
      if ((open.get(name) ?? 0) > 0) {
        while (stack.length > 0 && pop() !== name);
      }
    } else {
      elements += 1;
      if (RAW_TEXT.has(name)) {
        i = findEndTag(html, name, tagEnd + 1);
        continue;
      }
      const closes = IMPLIED_CLOSE.get(name);
      while (closes && stack.length > 0 && closes.has(stack.at(-1)!)) pop();
      const inForeign = FOREIGN.has(name) || (open.get('svg') ?? 0) + (open.get('math') ?? 0) > 0;
      const selfClosed = inForeign && html.charCodeAt(tagEnd - 1) === 0x2f;
      if (!VOID.has(name) && !selfClosed) {
        stack.push(name);
        open.set(name, (open.get(name) ?? 0) + 1);
        depth = Math.max(depth, stack.length);
      }
    }
    i = html.indexOf('<', tagEnd + 1);
  }
  return { depth, elements };
}

/** Refuses a page whose shape would make parsing it take minutes or gigabytes. */
export function checkHtmlShape(html: string): void {
  const shape = measureHtml(html);
  if (shape.depth > HTML_CAPS.depth || shape.elements > HTML_CAPS.elements) {
    const what =
      shape.depth > HTML_CAPS.depth
        ? `nested more than ${HTML_CAPS.depth.toLocaleString('en')} elements deep`
        : `made of more than ${HTML_CAPS.elements.toLocaleString('en')} elements`;
    throw new ImportError('too-large', `This web page is ${what}: it is built in a way Lontar cannot read safely.`);
  }
}

/** Where the end tag of a raw-text element starts (case-insensitive), or -1. */
function findEndTag(html: string, name: string, from: number): number {
  for (let j = html.indexOf('</', from); j !== -1; j = html.indexOf('</', j + 2)) {
    if (html.slice(j + 2, j + 2 + name.length).toLowerCase() === name) return j;
  }
  return -1;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a || code === 0x5f;
}
