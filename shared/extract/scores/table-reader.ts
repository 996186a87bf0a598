import type { Cell, GridLine } from './table-grid.ts';

/**
 * Results tables: a header row names its columns ("No | Kabupaten/Kota | Nilai | Kategori"),
 * the rows below that line up with it give one score per subject and value column. Column
 * meanings come from the header words, the year and index from the header cell ("Nilai 2023")
 * or the caption lines above ("Tabel 2. Hasil IPP Tahun 2023"). A row whose cells do not line
 * up with the header ends the table: it is read as text, never as a misaligned row.
 */

export interface TableScore {
  /** The value cell (clean-text offsets). */
  start: number;
  end: number;
  value: number;
  /** The subject cell, when the row has one. */
  subject: { text: string; start: number; end: number } | null;
  rank: number | null;
  grade: string | null;
  predicate: string | null;
  year: number | null;
  index: string | null;
}

export interface TableReading {
  scores: TableScore[];
  /** Numbers in a table's other columns (row numbers, counts, money): never scores. */
  notScores: Array<{ start: number; end: number }>;
}

type Role = 'rank' | 'subject' | 'value' | 'grade' | 'other';

const VALUE_WORDS = /\b(?:nilai|skor|score|indeks|indek|index|ipp|ikm|capaian|poin|hasil)\b/i;
const SUBJECT_WORDS =
  /\b(?:kabupaten|kota|provinsi|daerah|wilayah|unit|opd|perangkat|instansi|nama|satuan|layanan|dinas|pemerintah|pemda|lembaga|kementerian|puskesmas|kecamatan|upp|upt)\b/i;
const RANK_WORDS = /^(?:no\.?|nomor|peringkat|rank|ranking|urutan|#)$/i;
const GRADE_WORDS = /\b(?:kategori|predikat|grade|zona|mutu|kriteria|opini)\b/i;
/** Columns that hold numbers that are not results ("Jumlah Desa", "Anggaran", "Target"). */
const OTHER_NUMBER_WORDS = /\b(?:jumlah|anggaran|target|bobot|rp|persen|%|tahun|kode|nip|telp|telepon|halaman)\b/i;
const GRADE = /^(?:[A-E][+-]?|AA|BB|CC)$/;
const NUMBER = /^(\d{1,3})(?:([.,])(\d{1,3}))?$/;
const YEAR = /\b(19[9]\d|20\d\d)\b/;
/** Lines searched above a header for its caption. */
const CAPTION_LINES = 3;
/** Header cells and row cells line up when their left edges are this close (in the header's own units). */
const ALIGN_TOLERANCE = 0.6;

export function indexLabel(text: string): string | null {
  const t = text.toLowerCase();
  if (/\bipp\b|indeks pelayanan publik|indek pelayanan publik/.test(t)) return 'IPP';
  if (/kepatuhan/.test(t)) return 'Kepatuhan';
  if (/\bsakip\b/.test(t)) return 'SAKIP';
  if (/\bspbe\b/.test(t)) return 'SPBE';
  if (/\bikm\b|kepuasan masyarakat/.test(t)) return 'IKM';
  if (/reformasi birokrasi/.test(t)) return 'RB';
  return null;
}

function roleOf(cell: Cell): Role {
  const t = cell.text;
  if (RANK_WORDS.test(t.trim())) return 'rank';
  if (GRADE_WORDS.test(t)) return 'grade';
  if (OTHER_NUMBER_WORDS.test(t) && !VALUE_WORDS.test(t)) return 'other';
  if (VALUE_WORDS.test(t) || YEAR.test(t)) return 'value';
  if (SUBJECT_WORDS.test(t)) return 'subject';
  return 'other';
}

function numberOf(text: string): number | null {
  const m = NUMBER.exec(text.trim());
  if (!m) return null;
  // "1.234": a thousands separator, not a decimal.
  if (m[2] === '.' && m[3]?.length === 3) return null;
  const v = Number(m[3] ? `${m[1]}.${m[3]}` : m[1]);
  return v > 0 && v <= 100 ? v : null;
}

/**
 * Which header column each row cell stands under, or null when the row does not line up: every
 * cell must start inside one column (near or after its header's left edge, before the next
 * header), no two cells in one column. Cells may be missing (an empty cell, a digit OCR lost).
 */
function align(header: readonly Cell[], row: readonly Cell[]): number[] | null {
  const widths = header.slice(1).map((c, k) => c.x - (header[k] as Cell).x);
  const unit = Math.max(1, Math.min(...widths));
  const cols: number[] = [];
  for (const r of row) {
    let k = -1;
    for (let j = 0; j < header.length; j++) if ((header[j] as Cell).x - unit * ALIGN_TOLERANCE <= r.x) k = j;
    if (k < 0 || (cols.length > 0 && k <= (cols[cols.length - 1] as number))) return null;
    cols.push(k);
  }
  return cols;
}

function captionOf(lines: readonly GridLine[], h: number): string {
  const parts: string[] = [];
  for (let k = h - 1; k >= 0 && h - k <= CAPTION_LINES; k--) parts.unshift((lines[k] as GridLine).cells.map((c) => c.text).join(' '));
  return parts.join(' ');
}

export function readTables(lines: readonly GridLine[]): TableReading {
  const scores: TableScore[] = [];
  const notScores: TableReading['notScores'] = [];
  // Each table is read by readTable(): this loop visits every line and holds no arrow function
  // (one capturing its variables made V8 allocate a scope for every line).
  for (let h = 0; h < lines.length; h++) {
    const header = (lines[h] as GridLine).cells;
    if (header.length < 2) continue;
    h = readTable(lines, h, scores, notScores) - 1;
  }
  return { scores, notScores };
}

/** Reads the table under the header at line h, if it is one; returns the first line after it (h + 1 when it is none). */
function readTable(lines: readonly GridLine[], h: number, scores: TableScore[], notScores: TableReading['notScores']): number {
  const header = (lines[h] as GridLine).cells;
  const roles = header.map(roleOf);
  if (!roles.includes('value')) return h + 1;
  // Without a subject column the first text column that is not a rank holds the names.
  if (!roles.includes('subject')) {
    const k = roles.findIndex((r) => r === 'other');
    if (k < 0) return h + 1;
    roles[k] = 'subject';
  }
  const caption = captionOf(lines, h);
  const captionYear = YEAR.exec(caption)?.[1];
  const headerText = header.map((c) => c.text).join(' ');
  let r = h + 1;
  for (; r < lines.length; r++) {
    const row = (lines[r] as GridLine).cells;
    if (row.length === 0) continue;
    // A line of one cell is prose or a heading: the table has ended.
    const cols = row.length >= 2 ? align(header, row) : null;
    if (!cols) break;
    const inColumn = (role: Role): Cell | undefined => row[cols.indexOf(roles.indexOf(role))];
    const subjectCell = inColumn('subject');
    const rankCell = roles.includes('rank') ? inColumn('rank') : undefined;
    const gradeCell = roles.includes('grade') ? inColumn('grade') : undefined;
    const gradeText = gradeCell?.text.trim() ?? null;
    row.forEach((cell, c) => {
      const k = cols[c] as number;
      const value = numberOf(cell.text);
      if (roles[k] !== 'value' || value === null) {
        if (/^\d/.test(cell.text) && roles[k] !== 'subject') notScores.push({ start: cell.start, end: cell.end });
        return;
      }
      const h0 = header[k] as Cell;
      const year = YEAR.exec(h0.text)?.[1] ?? captionYear;
      scores.push({
        start: cell.start,
        end: cell.end,
        value,
        subject: subjectCell ? { text: subjectCell.text, start: subjectCell.start, end: subjectCell.end } : null,
        rank: rankCell && /^\d{1,3}\.?$/.test(rankCell.text.trim()) ? Number(rankCell.text.trim().replace('.', '')) : null,
        grade: gradeText && GRADE.test(gradeText) ? gradeText : null,
        predicate: gradeText && !GRADE.test(gradeText) && !/^\d/.test(gradeText) ? gradeText : null,
        year: year ? Number(year) : null,
        index: indexLabel(h0.text) ?? indexLabel(headerText) ?? indexLabel(caption),
      });
    });
  }
  return r;
}
