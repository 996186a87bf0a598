import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { readDocument } from '/work/main/electron/backend/import/read-document.ts';
import { createOcrPool } from '/work/main/electron/backend/import/ocr-pool.ts';
const dir = '/work/shared/corpus/decrees';
const pool = createOcrPool();
const files = readdirSync(dir).filter((f) => f.endsWith(".pdf") && JSON.parse(readFileSync(join(dir, f.replace(".pdf", ".meta.json")), "utf8")).scanned).sort();
const t0 = Date.now();
await Promise.all(files.map(async (f) => {
  const t = Date.now();
  const doc = await readDocument({ bytes: readFileSync(join(dir, f)), name: f }, { ocr: 'auto', ocrPool: pool });
  writeFileSync(`/tmp/ocr3/${basename(f, '.pdf')}.json`, JSON.stringify(doc));
  writeFileSync(`/tmp/ocr3/${basename(f, '.pdf')}.txt`, doc.text);
  console.log(f, doc.pages.length, doc.pages[0]?.source, ((Date.now() - t) / 1000).toFixed(1));
}));
console.log('total', (Date.now() - t0) / 1000);
await pool.terminate();
