import type { SkippedRange } from '../../types/entity.ts';

/**
 * Page furniture that is not part of the article (ENTITIES.md, "Boilerplate"): related-article
 * teasers, comment sections, bylines, photo credits, site chrome and outlet site names.
 * Detection is line based (news pages put each of these on its own line) plus a few inline
 * patterns. Every pattern is anchored or bounded so a 50 MB single line stays linear.
 */

/** Lines longer than this are never chrome; it also keeps the anchored tests cheap. */
const CHROME_MAX = 200;

// "BACA JUGA: title" (teaser on the same line) or "Baca Juga:" alone (teaser on the next line).
const TEASER = /^[\s•·*\-–]{0,4}(?:baca (?:juga|pula)|lihat juga|simak juga|baca selengkapnya|read more)\b\s{0,4}:?\s{0,4}/i;
// Headings of related-article lists: the list items follow, one per line.
const RELATED_LIST =
  /^[\s•·*]{0,4}(?:berita terkait|artikel terkait|berita lainnya|baca berita lainnya|related (?:posts|articles|news)|berita populer|terpopuler|terkini|berita terbaru|artikel lainnya)\s{0,4}:?\s{0,4}$/i;
// Comment sections run to the end of the page.
const COMMENTS =
  /^\s{0,4}(?:komentar|leave a reply|leave a comment|tinggalkan (?:balasan|komentar)|tulis komentar|berikan komentar|kirim komentar|\d{1,5} komentar|comments?)\s{0,4}(?:\(\d{1,6}\))?\s{0,4}:?\s{0,4}$/i;
// Bylines and credits ("Reporter : X", "Editor: Y", "Pewarta: Z", "by").
const BYLINE =
  /^\s{0,4}(?:reporter|editor|penulis|pewarta|redaktur|wartawan|fotografer|kontributor|penyunting|author|oleh|sumber|source|foto|photo|ilustrasi|editing|publisher|uploader)\s{0,4}(?::|$)/i;
const BY_ALONE = /^\s{0,4}(?:by|oleh)\s{0,4}$/i;
// A short parenthesised name alone on a line: "(Eko B Art)", "( gustaf)".
const PAREN_BYLINE = /^\s{0,4}\(\s{0,3}[\p{L}][\p{L} .'/]{0,40}\)\s{0,4}$/u;
// Inline closing byline after the last sentence of a paragraph: "... masyarakat. ( gustaf)".
const PAREN_BYLINE_END = /[.!?"”]\s{0,4}(\(\s{0,3}[\p{L}][\p{L} .'/]{0,30}\))\s{0,4}$/u;
// Host chrome lines.
const CHROME =
  /^\s{0,4}(?:copied!?|load more|muat lebih banyak|scroll (?:untuk|to) [\p{L} ]{0,40}|no more posts available\.?|no more pages to load\.?|teks penuh|tidak ada hasil yang ditemukan|terbaru|terpopuler|share|bagikan|tags?\s{0,4}:.{0,150}|kategori\s{0,4}:.{0,150}|advertisements?|advertisment|iklan|n\/a|academic year\s{0,4}:.{0,40}|membagikan\s.{0,150}|(?:copyright|hak cipta)\s{0,4}(?:©|\(c\)).{0,100}|©.{0,100}|all rights reserved.{0,60}|(?:berita|artikel) ini (?:telah )?(?:tayang|terbit|dipublikasikan) (?:di|pada)\s.{0,180}|dapatkan (?:update|berita).{0,150}|ikuti (?:kami|berita).{0,150}|simak berita.{0,150}|\(\d{1,3}\)|\d{1,3}|https?:\/\/\S{1,190}|[\w-]{1,63}(?:\.[\w-]{1,63}){0,3}\.(?:com|id|net|org|info|news|tv))\s{0,4}$/iu;
// Advertisement banners: "Pemerintah Kabupaten X Advertisment".
const AD_BANNER = /(?:^|\s)(?:advertisement|advertisment|iklan|sponsored)\s{0,4}$/i;
// "Sumber:" followed by a URL on the next line.
const SOURCE_LABEL = /^\s{0,4}(?:sumber|source)\s{0,4}:\s{0,4}$/i;

// Inline: outlet site names ("PALPRES.COM", "manadolive.co.id") and photo credits.
// Found from its top-level domain (a literal after a dot: fast to scan for), its start read backwards.
export const TLD = /\.(?:com|co\.id|go\.id|or\.id|ac\.id|web\.id|my\.id|id|net|org|info|news|tv)(?![\w-]|\.\w)/gi;
export const PHOTO_CREDIT = /\[[^\]\n]{0,120}\]|\((?:foto|dok|ist|photo|ilustrasi)[.:][^)\n]{0,100}\)/gi;
export const URL = /https?:\/\/[^\s)\]]{1,500}/g;
// The same patterns tried at one position: each is only tried where it can begin (a dot, a
// bracket, "http"), found by native searches, instead of a scan of the text from every position.
const TLD_AT = new RegExp(TLD.source, 'iy');
const PHOTO_CREDIT_AT = new RegExp(PHOTO_CREDIT.source, 'iy');
const URL_AT = new RegExp(URL.source, 'y');
/** Letters (lower-cased by | 0x20) a top-level domain of TLD can begin with after its dot: c g o a w m i n t. */
const TLD_FIRST = new Set([99, 103, 111, 97, 119, 109, 105, 110, 116]);
/** Letters a credit in parentheses can begin with: foto, dok, ist/ilustrasi, photo. */
const CREDIT_FIRST = new Set([102, 100, 105, 112]);

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    // Long lines are content; their text is only needed for the cheap inline passes.
    out.push({ start: s, end: e, text: e - s <= CHROME_MAX ? text.slice(s, e) : '' });
    s = e + 1;
  }
  return out;
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
}

/** Start of the host name ending at the dot `dot` ("manadolive.co.id"), or -1 (an e-mail, or no name). */
export function siteNameStart(text: string, dot: number): number {
  let s = dot;
  // At most 4 labels of at most 63 characters: bounded, whatever the text.
  for (let labels = 0; labels < 4; labels++) {
    let k = s;
    while (k > 0 && s - k < 63 && isDomainChar(text.charCodeAt(k - 1))) k--;
    if (k === s) return -1;
    s = k;
    if (labels < 3 && s > 1 && text.charCodeAt(s - 1) === 46 && isDomainChar(text.charCodeAt(s - 2))) {
      s--;
      continue;
    }
    break;
  }
  const before = s > 0 ? text.charCodeAt(s - 1) : 32;
  return before === 64 || isDomainChar(before) ? -1 : s;
}

function isPhotoCredit(inner: string): boolean {
  return inner.includes('/') || /^\[\s{0,3}(?:foto|dok|ist|photo|ilustrasi|sumber)/i.test(inner);
}

export function detectBoilerplate(text: string): SkippedRange[] {
  const out: SkippedRange[] = [];
  const all = lines(text);
  let skipNextContent: string | null = null;
  let listMode = false;
  let blankRun = 0;
  for (let li = 0; li < all.length; li++) {
    const line = all[li] as Line;
    const long = line.end - line.start > CHROME_MAX;
    const t = line.text;
    const blank = !long && t.trim() === '';
    if (blank) {
      blankRun++;
      if (blankRun >= 2) listMode = false;
      continue;
    }
    blankRun = 0;
    if (skipNextContent !== null) {
      out.push({ start: line.start, end: line.end, reason: skipNextContent });
      skipNextContent = null;
      continue;
    }
    if (listMode) {
      if (!long && t.length <= 160) {
        out.push({ start: line.start, end: line.end, reason: 'related-articles' });
        continue;
      }
      listMode = false;
    }
    if (long) continue;
    if (COMMENTS.test(t)) {
      out.push({ start: line.start, end: text.length, reason: 'comments' });
      break;
    }
    const teaser = TEASER.exec(t);
    if (teaser) {
      out.push({ start: line.start, end: line.end, reason: 'related-articles' });
      if (t.slice(teaser[0].length).trim() === '') skipNextContent = 'related-articles';
      continue;
    }
    if (RELATED_LIST.test(t)) {
      out.push({ start: line.start, end: line.end, reason: 'related-articles' });
      listMode = true;
      continue;
    }
    if (SOURCE_LABEL.test(t)) {
      out.push({ start: line.start, end: line.end, reason: 'byline' });
      const next = all[li + 1];
      if (next && /^\s{0,4}https?:\/\//i.test(next.text)) skipNextContent = 'site-chrome';
      continue;
    }
    if (BYLINE.test(t) || BY_ALONE.test(t) || PAREN_BYLINE.test(t)) {
      out.push({ start: line.start, end: line.end, reason: 'byline' });
      continue;
    }
    if (CHROME.test(t)) {
      out.push({ start: line.start, end: line.end, reason: 'site-chrome' });
      continue;
    }
    if (AD_BANNER.test(t) && t.length <= 120) {
      out.push({ start: line.start, end: line.end, reason: 'advertisement' });
      continue;
    }
    const tail = PAREN_BYLINE_END.exec(t);
    if (tail && tail[1]) {
      const s = line.start + t.length - tail[0].length + tail[0].indexOf('(');
      out.push({ start: s, end: s + tail[1].length, reason: 'byline' });
    }
  }
  inlineBoilerplate(text, out);
  return mergeRanges(out);
}

function execAt(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(text);
}

/**
 * Outlet site names, URLs and photo credits inside lines: the matches a global scan of TLD, URL
 * and PHOTO_CREDIT gives (each resumes after its last match), found by trying each pattern only
 * where it can begin.
 */
export function inlineBoilerplate(text: string, out: SkippedRange[]): void {
  for (let p = text.indexOf('.'); p >= 0;) {
    const m = TLD_FIRST.has(text.charCodeAt(p + 1) | 0x20) ? execAt(TLD_AT, text, p) : null;
    if (m) {
      const start = siteNameStart(text, p);
      if (start >= 0) out.push({ start, end: p + m[0].length, reason: 'site-name' });
    }
    p = text.indexOf('.', m ? p + m[0].length : p + 1);
  }
  for (let p = text.indexOf('http'); p >= 0;) {
    const m = execAt(URL_AT, text, p);
    if (m) out.push({ start: p, end: p + m[0].length, reason: 'site-chrome' });
    p = text.indexOf('http', m ? p + m[0].length : p + 1);
  }
  let square = text.indexOf('[');
  let round = text.indexOf('(');
  while (square >= 0 || round >= 0) {
    const p = square < 0 ? round : round < 0 ? square : Math.min(square, round);
    const m = p === square || CREDIT_FIRST.has(text.charCodeAt(p + 1) | 0x20) ? execAt(PHOTO_CREDIT_AT, text, p) : null;
    const next = m ? p + m[0].length : p + 1;
    if (m && !(m[0].startsWith('[') && !isPhotoCredit(m[0]))) out.push({ start: p, end: next, reason: 'photo-credit' });
    if (square >= 0 && square < next) square = text.indexOf('[', next);
    if (round >= 0 && round < next) round = text.indexOf('(', next);
  }
}

/** Sorts and merges overlapping ranges (the first reason wins). */
export function mergeRanges(ranges: SkippedRange[]): SkippedRange[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SkippedRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) last.end = r.end;
    } else {
      merged.push({ ...r });
    }
  }
  return merged;
}
