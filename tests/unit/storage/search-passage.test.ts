import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../electron/backend/storage/repositories/library-query.ts';
import { PASSAGE_WORDS, searchPassage } from '../../../electron/backend/storage/repositories/search-passage.ts';
import type { SnippetPiece } from '../../../electron/backend/storage/repositories/search-passage.ts';

// FTS5 with the library's tokenizer, as the reference: which texts match and, on a text short
// enough to be shown whole, exactly what is marked.
const db = new Database(':memory:');
db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')");
afterAll(() => db.close());

function fts5Passage(text: string, query: string): string | null {
  db.exec('DELETE FROM t');
  db.prepare('INSERT INTO t(rowid, body) VALUES (1, ?)').run(text);
  const fts = toFtsQuery(query);
  if (!fts) return null;
  const row = db.prepare("SELECT snippet(t, 0, '[', ']', '…', ?) AS s FROM t WHERE t MATCH ?").get(PASSAGE_WORDS, fts) as
    { s: string } | undefined;
  return row ? row.s : null;
}

const marked = (pieces: SnippetPiece[] | null): string | null => pieces && pieces.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

const SHORT = [
  ['Bupati Bintan membuka posko pengaduan warga.', 'posko'],
  ['Bupati Bintan membuka posko pengaduan warga.', 'bupati pos'],
  ['Dinas Kependudukan dan Pencatatan Sipil meraih Zona Hijau.', 'zona hijau'],
  ['Nilai IPP Kota Padang 4,63 pada tahun 2024.', '4 63'],
  ['Keputusan Nomor 188.45/0545/2021 tentang Tim Penilai.', '188.45/0545'],
  ['Pelayanan PÚBLIK di Kecamatan Sukajadi.', 'publik'],
  ['Catatan <b>posko</b> lama & baru.', 'posko'],
  ['Kepala Dinas Sosial, Hendra Gunawan, hadir.', 'Hendra Gunawan'],
  ['Kepala Dinas Sosial, Hendra Gunawan, hadir.', 'gunawan hendra'],
  ['Kantor Wilayah tidak menyebut nama.', 'Ombudsman'],
] as const;

describe('the passage under a search hit', () => {
  it.each(SHORT)('marks what FTS5 marks on a short text: %s / %s', (text, query) => {
    expect(marked(searchPassage([text], query))).toBe(fts5Passage(text, query));
  });

  it('shows at most twelve words of a long text, the hits among them, cut with ellipses', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
    const text = `${filler(40)} Bupati meresmikan mal pelayanan publik ${filler(40)}.`;
    const pieces = searchPassage(['Judul lain', text], 'mal pelayanan')!;
    const shown = marked(pieces)!;
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(['mal', 'pelayanan']);
    expect(shown.match(/[\p{L}\p{N}]+/gu)!.length).toBe(PASSAGE_WORDS);
    // FTS5 matches the same text.
    expect(fts5Passage(text, 'mal pelayanan')).not.toBeNull();
  });

  it('prefers the column and the window with the most different words searched for', () => {
    const text = 'Warga datang. Posko dibuka. ' + 'lain '.repeat(30) + 'Posko pengaduan Bupati dibuka pagi.';
    const shown = marked(searchPassage(['Posko baru', text], 'posko bupati'))!;
    expect(shown).toContain('[Posko] pengaduan [Bupati]');
  });

  it('is null where nothing matches, or for a search with no words', () => {
    expect(searchPassage(['Judul', 'Isi berita'], 'posko')).toBeNull();
    expect(searchPassage([null, ''], 'posko')).toBeNull();
    expect(searchPassage(['Posko'], ' ... ')).toBeNull();
  });
});
