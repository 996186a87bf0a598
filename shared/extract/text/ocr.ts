/**
 * Repairs of the commonest OCR look-alike confusions in scanned decrees, as a copy of the text
 * with the SAME LENGTH, so every offset into it is an offset into the clean text: a digit
 * between two letters of the same case is the letter it resembles ("Hu1u Sungai Se1atan" →
 * "Hulu Sungai Selatan", "Nom0r" → "Nomor"), and a run of digits with look-alike letters in
 * it is a number ("l5" → "15", "2O22" → "2022"). The extractors read tokens from the
 * repaired copy and surface text from the original. One pass, no regular expressions.
 */

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetterAscii(c: number): boolean {
  return isLowerAscii(c) || isUpperAscii(c);
}

function isAlnumAscii(c: number): boolean {
  return isDigit(c) || isLowerAscii(c) || isUpperAscii(c);
}

/** l, I → 1; O, o → 0: the letters OCR puts for digits. */
/** Runs of digits: every repair touches one (found by a native scan, cheaper than a pair pattern). */
const DIGITS = /[0-9]+/g;

function digitLookAlike(c: number): string | null {
  if (c === 108 || c === 73) return '1';
  if (c === 79 || c === 111) return '0';
  return null;
}

/** The text with OCR look-alikes repaired (same length; the input itself when nothing changes). */
export function repairOcr(text: string): string {
  const n = text.length;
  let out: string[] | null = null;
  const set = (k: number, ch: string): void => {
    out ??= text.split('');
    out[k] = ch;
  };
  let i = 0;
  // Only a digit touching a letter can be a confusion; each run of letters and digits is read once.
  DIGITS.lastIndex = 0;
  // test(), not exec(): no match object per run of digits. A run's start is found back from its
  // end (the search never starts just after a digit, so the run begins where the match does).
  while (DIGITS.test(text)) {
    const runEnd = DIGITS.lastIndex;
    let runStart = runEnd - 1;
    while (runStart > 0 && isDigit(text.charCodeAt(runStart - 1))) runStart--;
    if (runStart < i) continue;
    const before = runStart > 0 ? text.charCodeAt(runStart - 1) : 32;
    const after = runEnd < n ? text.charCodeAt(runEnd) : 32;
    if (!isLetterAscii(before) && !isLetterAscii(after)) continue;
    i = runStart;
    // The whole run of ASCII letters and digits around it: [s, e).
    let s = i;
    while (s > 0 && isAlnumAscii(text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    let digits = 0;
    let lookAlikes = 0;
    let others = 0;
    for (let k = s; k < n; k++) {
      const d = text.charCodeAt(k);
      if (!isAlnumAscii(d)) break;
      if (isDigit(d)) digits++;
      else if (digitLookAlike(d)) lookAlikes++;
      else others++;
      e = k + 1;
    }
    i = e;
    DIGITS.lastIndex = e;
    // The run must not continue into a non-ASCII letter ("2O22é" is no number).
    if (
      (s > 0 && text.charCodeAt(s - 1) >= 128 && /\p{L}/u.test(text[s - 1] as string)) ||
      (e < n && text.charCodeAt(e) >= 128 && /\p{L}/u.test(text[e] as string))
    )
      continue;
    if (others === 0 && lookAlikes > 0 && digits >= lookAlikes) {
      // "l5", "2O22", "20l9": a number with look-alike letters.
      for (let k = s; k < e; k++) {
        const d = digitLookAlike(text.charCodeAt(k));
        if (d) set(k, d);
      }
      continue;
    }
    if (others === 0) continue;
    // "Hu1u", "Se1atan", "KABUPATEN HU1U": 1 and 0 between two letters of the same case.
    for (let k = s + 1; k < e - 1; k++) {
      const d = text.charCodeAt(k);
      if (d !== 48 && d !== 49) continue;
      const a = text.charCodeAt(k - 1);
      const b = text.charCodeAt(k + 1);
      if (isLowerAscii(a) && isLowerAscii(b)) set(k, d === 49 ? 'l' : 'o');
      else if (isUpperAscii(a) && isUpperAscii(b)) set(k, d === 49 ? 'I' : 'O');
    }
  }
  return out ? (out as string[]).join('') : text;
}
