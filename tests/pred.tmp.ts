import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extractDocument } from '/work/main/shared/extract/extract-document.ts';
import { loadExtractionResources } from '/work/main/electron/backend/extract/load-resources.ts';
const res = await loadExtractionResources();
const documents = readdirSync('/tmp/ocr').filter((f) => f.endsWith('.json')).map((f) => {
  const doc = JSON.parse(readFileSync(`/tmp/ocr/${f}`, 'utf8'));
  const r = extractDocument(doc.text, res, { pages: doc.pages });
  return { file: f.replace('.json', '.pdf'), particulars: r.particulars, particulars_sources: r.particulars_sources };
});
writeFileSync('/tmp/dp.json', JSON.stringify({ documents }));
