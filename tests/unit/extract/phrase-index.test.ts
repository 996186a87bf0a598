import { describe, expect, it } from 'vitest';
import { buildPhraseIndex, firstPhrase, matchPhrases } from '../../../shared/extract/gazetteer/phrase-index.ts';
import {
  START_DECREE_KIND,
  START_NUMBER_WORD,
  START_ORG_HEAD,
  START_POSITION,
  START_REGION_JOINED,
  START_REGION_PHRASE,
} from '../../../shared/extract/gazetteer/token-starts.ts';
import { makeDoc, startsAt } from '../../../shared/extract/doc.ts';
import { phraseTokens, tokenize } from '../../../shared/extract/text/tokenize.ts';
import { preparedResources } from './corpus.ts';

// The index is looked up by first and second token; what it answers must be what a walk over
// every entry of the first token's bucket, longest first, would answer.
describe('phrase index', () => {
  const names = ['Dinas', 'Dinas Sosial', 'Dinas Kesehatan', 'Dinas Kesehatan Hewan', 'Dinas Pendidikan', 'Badan'];
  const index = buildPhraseIndex(names.map((n) => ({ tokens: phraseTokens(n), value: n })));
  const read = (text: string): { ts: ReturnType<typeof tokenize>; tok: string[] } => {
    const ts = tokenize(text);
    return { ts, tok: Array.from({ length: ts.count }, (_, i) => ts.lower.slice(ts.start[i], ts.end[i])) };
  };

  it('gives every entry that follows, longest first, one-token entries last', () => {
    const { ts, tok } = read('Dinas Kesehatan Hewan Kota Batu');
    expect(matchPhrases(ts, tok, 0, index).map((m) => [m.entry.value, m.next])).toEqual([
      ['Dinas Kesehatan Hewan', 3],
      ['Dinas Kesehatan', 2],
      ['Dinas', 1],
    ]);
    expect(firstPhrase(ts, tok, 0, index)?.entry.value).toBe('Dinas Kesehatan Hewan');
  });

  it('falls back to the one-token entry when no longer one follows, also at the end of the text', () => {
    for (const text of ['Dinas Perhubungan', 'Dinas']) {
      const { ts, tok } = read(text);
      expect(matchPhrases(ts, tok, 0, index).map((m) => m.entry.value)).toEqual(['Dinas']);
      expect(firstPhrase(ts, tok, 0, index)?.next).toBe(1);
    }
  });

  it('keeps the line-break limit between the tokens of a phrase', () => {
    const paragraph = read('Dinas\n\nSosial');
    expect(firstPhrase(paragraph.ts, paragraph.tok, 0, index)?.entry.value).toBe('Dinas');
    const wrapped = read('Dinas\nSosial');
    expect(firstPhrase(wrapped.ts, wrapped.tok, 0, index)?.entry.value).toBe('Dinas Sosial');
  });

  it('answers nothing for a word no entry starts with', () => {
    const { ts, tok } = read('Kantor Sosial');
    expect(matchPhrases(ts, tok, 0, index)).toEqual([]);
    expect(firstPhrase(ts, tok, 0, index)).toBeNull();
  });
});

describe('token starts', () => {
  it('flags exactly the tokens that open a gazetteer entry', async () => {
    const res = await preparedResources();
    const doc = makeDoc(tokenize('Bupati Kabupaten Bandung membuka Dinas Sosial dengan Peraturan Nomor 5 Lubuklinggau'), res);
    const at = (word: string): number => startsAt(doc, doc.tok.indexOf(word));
    expect(at('bupati') & START_POSITION).toBeTruthy();
    expect(at('bandung') & START_REGION_PHRASE).toBeTruthy();
    expect(at('lubuklinggau') & START_REGION_JOINED).toBeTruthy();
    expect(at('dinas') & START_ORG_HEAD).toBeTruthy();
    expect(at('peraturan') & START_DECREE_KIND).toBeTruthy();
    expect(at('nomor') & START_NUMBER_WORD).toBeTruthy();
    expect(at('membuka')).toBe(0);
    expect(at('dengan') & (START_REGION_PHRASE | START_ORG_HEAD | START_POSITION)).toBe(0);
    // Past the last token nothing starts.
    expect(startsAt(doc, doc.tok.length)).toBe(0);
    // Each flag agrees with the table it stands for, token by token.
    for (let i = 0; i < doc.tok.length; i++) {
      const t = doc.tok[i] as string;
      expect(Boolean(startsAt(doc, i) & START_REGION_PHRASE), t).toBe(res.regions.phrases.byFirst.has(t));
      expect(Boolean(startsAt(doc, i) & START_POSITION), t).toBe(res.people.positions.byFirst.has(t));
      expect(Boolean(startsAt(doc, i) & START_ORG_HEAD), t).toBe(res.organizations.heads.byFirst.has(t));
    }
  });
});
