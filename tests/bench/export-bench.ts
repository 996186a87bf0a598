// Dataset export on a generated library (10,000 confirmed documents, 300,000 confirmed entities):
// the library is written straight into SQLite, then a child process that does nothing but the
// export reports its time and its peak memory (so the generator's memory does not count).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createBackend } from '../../electron/backend/backend.ts';
import { DATABASE_FILE } from '../../electron/backend/storage/database.ts';
import { plainTextParts } from '../helpers/plain-text-parts.ts';

export interface ExportFigures {
  documents: number;
  entities: number;
  seconds: number;
  peakRssMb: number;
}

const TYPES = ['region', 'official', 'organization', 'score', 'date', 'decree'] as const;
const SENTENCE = (i: number) =>
  `Dinas Sosial Kabupaten Musi Banyuasin (kode 16.${10 + (i % 80)}) menerima nilai 4,${i % 100} menurut Perda ${i % 40}/2021 pada 1 Maret 2021. `;

/** Writes `documents` confirmed documents of `perDocument` confirmed entities each into a fresh library. */
export function generateLibrary(dataDir: string, documents: number, perDocument: number): void {
  // The backend creates the schema (every migration); the rows go in by SQL in one transaction.
  void createBackend({ dataDir, version: 'bench', parts: plainTextParts(), systemUser: 'bench' }).close();
  const db = new BetterSqlite3(join(dataDir, DATABASE_FILE));
  const insertDocument =
    db.prepare(`INSERT INTO documents (id, content_hash, original_name, mime, source_type, size, imported_at, status, title, clean_text, language)
                                     VALUES (?, ?, ?, 'text/plain', 'text', ?, ?, 'confirmed', ?, ?, 'id')`);
  const insertEntity =
    db.prepare(`INSERT INTO entities (document_id, type, span_start, span_end, surface, normalized, attributes, mentions, confidence, rule_id, status, origin, created_at, updated_at)
                                   VALUES (?, ?, ?, ?, ?, ?, '{}', ?, 0.9, 'bench', 'confirmed', 'extractor', ?, ?)`);
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let d = 1; d <= documents; d++) {
      const sentences = Array.from({ length: perDocument }, (_, i) => SENTENCE(d + i));
      const text = sentences.join('\n');
      insertDocument.run(d, d.toString(16).padStart(64, '0'), `doc-${d}.txt`, text.length, now, `Dokumen ${d}`, text);
      let offset = 0;
      for (let i = 0; i < perDocument; i++) {
        const sentence = sentences[i]!;
        const surface = 'Musi Banyuasin';
        const start = offset + sentence.indexOf(surface);
        const end = start + surface.length;
        insertEntity.run(
          d,
          TYPES[i % TYPES.length],
          start,
          end,
          surface,
          `16.${10 + ((d + i) % 80)}`,
          JSON.stringify([{ start, end, text: surface, rule: 'bench', confidence: 0.9 }]),
          now,
          now,
        );
        offset += sentence.length + 1;
      }
    }
  })();
  db.close();
}

export function runExportBench(documents = 10_000, perDocument = 30): ExportFigures {
  const dir = mkdtempSync(join(tmpdir(), 'lontar-export-bench-'));
  try {
    const dataDir = join(dir, 'data');
    generateLibrary(dataDir, documents, perDocument);
    const child = spawnSync(process.execPath, [join(import.meta.dirname, 'export-child.ts'), dataDir, join(dir, 'dataset')], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    if (child.status !== 0) throw new Error(`export child failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as ExportFigures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
