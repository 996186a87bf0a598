import { describe, expect, it } from 'vitest';
import { compact, squash } from '../../../shared/extract/normalize/text-forms.ts';
import { formKey } from '../../../shared/extract/gazetteer/organization-gazetteer.ts';
import { proseAcronyms } from '../../../shared/extract/particulars/clerk-case.ts';
import { upperShare } from '../../../shared/extract/particulars/lines.ts';
import { TokenArena, lookUpStarts, makeDoc, startsAt, startsTableOf } from '../../../shared/extract/doc.ts';
import { tokenize } from '../../../shared/extract/text/tokenize.ts';
import { repairOcr } from '../../../shared/extract/text/ocr.ts';
import { issuerWords } from '../../../shared/extract/mention-identity.ts';
import { issuerKey } from '../../../shared/records/record-key.ts';
import { preparedResources } from './corpus.ts';
import { WORD_PIECES, composed } from './composed.ts';

// The extraction's hot paths read characters by their codes where they used Unicode regular
// expressions: each must answer exactly what the expression it replaced answers.

const SPACE_PIECES = ['a', 'B', ' ', '  ', '\n', '\t', '\r', '\v', '\f', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u200b', '\u0085', 'é'];

describe('fast paths of the extraction', () => {
  it('compact() and formKey() agree with their regular expressions', () => {
    const refCompact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const refFormKey = (s: string): string => refCompact(s.replace(/\b(?:dan|and|&)\b/gi, ' '));
    for (const s of [...composed(WORD_PIECES, 20000, 8), 'Dinas Kependudukan dan Pencatatan Sipil', 'Kemenpan-RB', 'S.Sos', '']) {
      expect(compact(s), JSON.stringify(s)).toBe(refCompact(s));
      expect(formKey(s), JSON.stringify(s)).toBe(refFormKey(s));
    }
  });

  it('squash() agrees with its regular expression, for every character between two letters too', () => {
    const ref = (s: string): string => s.replace(/\s+/g, ' ').trim();
    for (const s of composed(SPACE_PIECES, 20000, 8)) expect(squash(s), JSON.stringify(s)).toBe(ref(s));
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (squash(s) !== ref(s)) expect(squash(s), `U+${c.toString(16)}`).toBe(ref(s));
    }
  });

  it('proseAcronyms() finds the words of /\\p{L}[\\p{L}0-9-]{1,9}/gu', () => {
    const ref = (lines: readonly { text: string }[]): Set<string> => {
      const upper = new Set<string>();
      const cased = new Set<string>();
      for (const { text } of lines) {
        if (upperShare(text) > 0.5) continue;
        for (const m of text.matchAll(/\p{L}[\p{L}0-9-]{1,9}/gu)) {
          const w = m[0];
          if (w === w.toUpperCase()) upper.add(w);
          else cased.add(w.toUpperCase());
        }
      }
      for (const w of cased) upper.delete(w);
      return upper;
    };
    const pieces = [
      'a',
      'B',
      'CD',
      'ef',
      'EF',
      'cd',
      'rsud',
      'DINAS',
      'A',
      'X',
      'É',
      'éf',
      '-',
      '1',
      ' ',
      'é',
      'É',
      '\u0301',
      '𝐀',
      '\ud835',
      'x',
      'Y',
      '.',
      '中',
      'RSUD',
      'Dinas',
    ];
    const texts = composed(pieces, 12000, 24);
    for (let k = 0; k + 3 <= texts.length; k += 3) {
      const lines = texts.slice(k, k + 3).map((text) => ({ text }));
      expect([...proseAcronyms(lines)], JSON.stringify(lines)).toEqual([...ref(lines)]);
    }
  });

  it('a token arena hands out zeroed arrays of its own, also past the planned number', () => {
    const arena = new TokenArena(5);
    const ints = [arena.int32(), arena.int32(), arena.int32()];
    const bytes = [arena.uint8(), arena.uint8(), arena.uint8(), arena.uint8()];
    const starts = arena.starts();
    for (const a of [...ints, ...bytes]) {
      expect(a.length).toBe(5);
      expect([...a]).toEqual([0, 0, 0, 0, 0]);
    }
    ints.forEach((a, k) => a.fill(k + 1));
    bytes.forEach((a, k) => a.fill(k + 10));
    ints.forEach((a, k) => expect([...a]).toEqual([k + 1, k + 1, k + 1, k + 1, k + 1]));
    bytes.forEach((a, k) => expect([...a]).toEqual([k + 10, k + 10, k + 10, k + 10, k + 10]));
    expect([...starts]).toEqual([0x8000, 0x8000, 0x8000, 0x8000, 0x8000]);
  });

  it('startsAt() answers what the table of start words answers, for every start word and other words', async () => {
    const res = await preparedResources();
    const text = `${[...res.starts.keys()].join(' ')} yang dan membuka kepada pertemuan Tahun 2024 ${'x'.repeat(30)}`;
    const doc = makeDoc(tokenize(text), res);
    let flagged = 0;
    for (let i = 0; i < doc.tok.length; i++) {
      const expected = res.starts.get(doc.tok[i] as string) ?? 0;
      if (expected) flagged++;
      if (startsAt(doc, i) !== expected) expect(startsAt(doc, i), doc.tok[i]).toBe(expected);
    }
    expect(flagged).toBeGreaterThan(res.starts.size / 2);
  });
  it('tokenize() finds the tokens, kinds and flags of a plain reading by Unicode classes', () => {
    // One character at a time by Unicode property, no table and no ASCII shortcut: what the
    // tokenizer's class table and fast loops must agree with.
    const space = (ch: string): boolean => /^[ \n\t\r\f\v\u00a0\u2009\u200b\u3000\ufeff]$/.test(ch);
    const digit = (ch: string): boolean => /^[0-9]$/.test(ch);
    const letter = (ch: string): boolean => /^[\p{L}\p{M}]$/u.test(ch) && !/^[\ud800-\udfff]$/.test(ch);
    const upper = (ch: string): boolean => letter(ch) && ch.toUpperCase() === ch && ch.toLowerCase() !== ch;
    const ref = (text: string): string[] => {
      const out: string[] = [];
      let i = 0;
      let nl = 0;
      let spaced = false;
      while (i < text.length) {
        const ch = text[i] as string;
        if (space(ch)) {
          if (ch === '\n') nl = Math.min(255, nl + 1);
          spaced = true;
          i++;
          continue;
        }
        const s = i++;
        let kind = 3;
        let flags = spaced ? 8 : 0;
        if (digit(ch)) {
          kind = 2;
          while (i < text.length && digit(text[i] as string)) i++;
        } else if (letter(ch)) {
          kind = 1;
          let all = upper(ch);
          for (;;) {
            const c = text[i];
            if (c !== undefined && letter(c)) {
              if (!upper(c)) all = false;
              i++;
            } else if ((c === "'" || c === '\u2019') && text[i + 1] !== undefined && letter(text[i + 1] as string)) {
              if (!upper(text[i + 1] as string)) all = false;
              i += 2;
            } else break;
          }
          if (upper(ch)) flags |= 1;
          if (all) flags |= 2;
          if (/rn/i.test(text.slice(s, i))) flags |= 16;
        }
        out.push(`${s}-${i}:${kind}/${flags}/${nl}`);
        nl = 0;
        spaced = false;
      }
      return out;
    };
    const pieces = [
      'a',
      'z',
      'A',
      'Z',
      'r',
      'n',
      'R',
      'N',
      'Nornor',
      'dan',
      'DINAS',
      'Kab',
      ' ',
      '\n',
      '\n\n',
      '\t',
      '\u00a0',
      '\u3000',
      '1',
      '2024',
      '.',
      ',',
      '-',
      "'",
      '\u2019',
      '|',
      'é',
      'É',
      '\u0301',
      'ß',
      'ǅ',
      'İ',
      'Σ',
      '中',
      '𝐀',
      '\ud835',
      '\u00d7',
      '@',
      '`',
      '{',
    ];
    for (const text of [...composed(pieces, 6000, 30), "Jum'at, 12 Mei 2024\nDINAS Kesehatan Kab. Musi Banyuasin"]) {
      const ts = tokenize(text);
      const got: string[] = [];
      for (let i = 0; i < ts.count; i++) got.push(`${ts.start[i]}-${ts.end[i]}:${ts.kind[i]}/${ts.flags[i]}/${ts.nl[i]}`);
      expect(got, JSON.stringify(text)).toEqual(ref(text));
    }
  });
  it("the start words' table answers what their Map answers, for composed words near the start words too", async () => {
    const res = await preparedResources();
    const table = startsTableOf(res.starts);
    const keys = [...res.starts.keys()];
    // Start words with a letter changed, added or dropped land in the same or nearby buckets.
    const near = keys.flatMap((k) => [k.slice(1), `${k}a`, k.slice(0, -1), `x${k.slice(1)}`, k.toUpperCase()]);
    const words = [...keys, ...near, ...composed(['a', 'ka', 'bu', 'pa', 'ten', 'n', 'i', 'é', '-', '.', '1'], 20000, 6), ''];
    let found = 0;
    for (const w of words) {
      const expected = res.starts.get(w) ?? 0;
      if (expected) found++;
      if (lookUpStarts(table, w) !== expected) expect(lookUpStarts(table, w), JSON.stringify(w)).toBe(expected);
    }
    expect(found).toBeGreaterThanOrEqual(keys.length);
  });
  it('the tokenizer notes a bar, a tab or two spaces in a row exactly where includes() finds one', () => {
    let breaks = 0;
    for (const text of composed(['a', 'B', ' ', '\t', '|', '\n', '\u00a0', '\u3000', '.', '1', 'é'], 20000, 7)) {
      const expected = text.includes('|') || text.includes('\t') || text.includes('  ');
      if (expected) breaks++;
      if (tokenize(text).cellBreaks !== expected) expect(tokenize(text).cellBreaks, JSON.stringify(text)).toBe(expected);
    }
    expect(breaks).toBeGreaterThan(1000);
  });
  it('issuerWords() and issuerKey() agree with their regular expressions', () => {
    const ref = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
    const filler = new Set(['menteri', 'kementerian', 'republik', 'indonesia', 'ri', 'dan', 'nomor', 'no']);
    const refKey = (s: string): string => {
      const words = (s.toLocaleLowerCase('id').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !filler.has(w));
      return words.length >= 3 ? words.map((w) => w[0]).join('') : words.join('');
    };
    const pieces = [...WORD_PIECES, 'Menteri', 'PANRB', 'RI', 'Bupati', 'Bintan', '2024', '/', '~', '\u0301', 'I', 'ı'];
    for (const s of [...composed(pieces, 20000, 8), '', 'Menteri Pendayagunaan Aparatur Negara']) {
      if (issuerWords(s) !== ref(s)) expect(issuerWords(s), JSON.stringify(s)).toBe(ref(s));
      if (issuerKey(s) !== refKey(s)) expect(issuerKey(s), JSON.stringify(s)).toBe(refKey(s));
    }
  });
  it('repairOcr() repairs what a reading of every run of ASCII letters and digits repairs', () => {
    // The rules read run by run with regular expressions: a run holding a digit and a letter,
    // not touching a non-ASCII letter, is a number with look-alike letters or a word with 1/0 for l/o.
    const ref = (text: string): string => {
      const out = text.split('');
      for (const m of text.matchAll(/[A-Za-z0-9]+/g)) {
        const w = m[0];
        const s = m.index;
        const e = s + w.length;
        if (!/[0-9]/.test(w) || !/[A-Za-z]/.test(w)) continue;
        if ((s > 0 && /\p{L}/u.test(text[s - 1] as string)) || (e < text.length && /\p{L}/u.test(text[e] as string))) continue;
        const digits = (w.match(/[0-9]/g) ?? []).length;
        const lookAlikes = (w.match(/[lIOo]/g) ?? []).length;
        if (w.length === digits + lookAlikes) {
          if (digits >= lookAlikes)
            for (let k = s; k < e; k++) out[k] = /[lI]/.test(text[k]!) ? '1' : /[Oo]/.test(text[k]!) ? '0' : text[k]!;
          continue;
        }
        for (let k = s + 1; k < e - 1; k++) {
          if (text[k] !== '0' && text[k] !== '1') continue;
          const around = text[k - 1]! + text[k + 1]!;
          if (/^[a-z]{2}$/.test(around)) out[k] = text[k] === '1' ? 'l' : 'o';
          else if (/^[A-Z]{2}$/.test(around)) out[k] = text[k] === '1' ? 'I' : 'O';
        }
      }
      return out.join('');
    };
    const pieces = ['1', '0', '2', '20', 'l', 'I', 'O', 'o', 'a', 'A', 'Hu', 'SE', 'n', ' ', '.', '-', 'é', 'É', '\u0301', '𝐀'];
    let repaired = 0;
    for (const text of composed(pieces, 20000, 8)) {
      const expected = ref(text);
      if (expected !== text) repaired++;
      if (repairOcr(text) !== expected) expect(repairOcr(text), JSON.stringify(text)).toBe(expected);
    }
    expect(repaired).toBeGreaterThan(1000);
  });
});
