import { OCR_MODES } from '../../../shared/types/document.ts';
import type { ExtractedEntity } from '../../../shared/types/entity.ts';
import type { Particulars, ParticularsSources } from '../../../shared/types/particulars.ts';
import { PARTICULAR_FIELDS } from '../../../shared/types/particulars.ts';
import type { DocumentParts } from '../../backend/backend.ts';
import { LIMITS } from '../../backend/import/limits.ts';
import { collectFiles } from '../../backend/pipeline/collect-files.ts';
import { readRegularFile } from '../../backend/pipeline/read-regular-file.ts';
import { EXIT_FAILED, EXIT_OK, CliError, usageError } from './cli-error.ts';
import { oneOf, parseCommandArgs } from './commands.ts';
import { extractJsonl } from './extract-jsonl.ts';
import type { CliIo } from './io.ts';
import { formatTable } from './io.ts';

interface ExtractedFile {
  file: string;
  entities: ExtractedEntity[];
  particulars: Particulars | null;
  particulars_sources: ParticularsSources;
}

/** `lontar extract`: read and extract without a library; the output is what eval/score.mjs reads. */
export async function extractCommand(argv: string[], io: CliIo, loadParts: () => Promise<DocumentParts>): Promise<number> {
  const { values, positionals } = parseCommandArgs('extract', argv, {
    format: { type: 'string' },
    ocr: { type: 'string' },
    lang: { type: 'string' },
    jsonl: { type: 'boolean' },
  });
  if (values.jsonl && values.format !== undefined) throw usageError('extract: --jsonl writes its own format; leave out --format');
  if (positionals.length === 0 && !values.jsonl)
    throw usageError('extract: name at least one file or folder (or give --jsonl and the inputs on stdin)');
  const format = oneOf('extract', 'format', values.format, ['json', 'table'] as const, 'json');
  const ocr = oneOf('extract', 'ocr', values.ocr, OCR_MODES, 'auto');
  const lang = values.lang ?? 'ind+eng';

  const parts = await loadParts();
  try {
    if (values.jsonl) return await extractJsonl(positionals, { ocr, lang }, io, parts);
    const files = await collectFiles(positionals, parts.isSupported, LIMITS.maxFileBytes);
    const documents: ExtractedFile[] = [];
    let failures = 0;
    for (const f of files) {
      if (f.kind === 'skipped') {
        io.err(`skipped ${f.path}: ${f.reason}\n`);
        continue;
      }
      if (f.kind === 'failed') {
        failures++;
        io.err(`failed ${f.path}: ${f.error}\n`);
        continue;
      }
      try {
        const bytes = await readRegularFile(f.path, LIMITS.maxFileBytes);
        const doc = await parts.readDocument({ bytes, name: f.name }, { ocr, lang });
        const extraction = await parts.extract(doc.text, doc.pages);
        documents.push({
          file: f.path,
          entities: extraction.entities,
          particulars: extraction.particulars,
          particulars_sources: extraction.particulars_sources,
        });
      } catch (error) {
        failures++;
        io.err(`failed ${f.path}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    if (documents.length === 0 && failures === 0) throw new CliError('No documents to extract: no file of a supported format was found');
    io.out(format === 'json' ? `${JSON.stringify({ documents: documents.map(toJsonDocument) })}\n` : toTable(documents));
    return documents.length > 0 ? EXIT_OK : EXIT_FAILED;
  } finally {
    await parts.close?.();
  }
}

function toJsonDocument(d: ExtractedFile) {
  return {
    file: d.file,
    entities: d.entities.map((e) => ({
      type: e.type,
      text: e.text,
      start: e.start,
      end: e.end,
      normalized: e.normalized,
      attributes: e.attributes,
      confidence: e.confidence,
      rule: e.rule,
      mentions: e.mentions,
    })),
    particulars: d.particulars,
    particulars_sources: d.particulars_sources,
  };
}

function toTable(documents: ExtractedFile[]): string {
  const rows = documents.flatMap((d) =>
    d.entities.map((e) => [
      d.file,
      e.type,
      e.normalized,
      e.text.replace(/\s+/g, ' ').slice(0, 60),
      e.confidence.toFixed(2),
      String(e.mentions.length),
      e.rule,
    ]),
  );
  const entities = formatTable(['file', 'type', 'normalized', 'text', 'conf', 'mentions', 'rule'], rows);
  const decrees = documents.filter((d) => d.particulars);
  if (decrees.length === 0) return entities;
  const particularRows = decrees.flatMap((d) =>
    PARTICULAR_FIELDS.map((field) => {
      const value = d.particulars![field];
      const source = d.particulars_sources[field];
      const shown = value === null ? '—' : Array.isArray(value) ? value.join('; ') : String(value);
      return [
        d.file,
        field,
        shown.slice(0, 80),
        source ? source.confidence.toFixed(2) : '',
        source?.weak ? 'weak' : '',
        source?.page ? String(source.page) : '',
        source?.rule ?? '',
      ];
    }),
  );
  return `${entities}\nParticulars\n${formatTable(['file', 'field', 'value', 'conf', 'check', 'page', 'rule'], particularRows)}`;
}
