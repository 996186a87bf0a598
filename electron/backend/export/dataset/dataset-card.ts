import type { DatasetFilter } from '../../storage/repositories/dataset-repository.ts';
import type { DatasetCounts } from './datapackage.ts';
import { labelStudioConfig } from './label-studio-json.ts';
import type { ResourceDescriptor } from './package-types.ts';

function describeFilter(filter: DatasetFilter): string[] {
  return [
    filter.includePending
      ? '- Documents of every status (new, in review, confirmed) and pending entities too (`--include-pending`).'
      : '- Confirmed documents only, with their confirmed and edited entities (pending ones need `--include-pending`).',
    `- Entity types: ${filter.types && filter.types.length > 0 ? filter.types.join(', ') : 'all six'}.`,
    ...(filter.from || filter.to
      ? [`- Imported from ${filter.from ?? 'the beginning'} to ${filter.to ?? 'now'} (inclusive, UTC dates).`]
      : []),
    ...(filter.query ? [`- Documents matching the search "${filter.query}" (as \`lontar list --query\`).`] : []),
  ];
}

/** How the files' counts agree, for the files this export holds (`--format` writes only some). */
function agreement(resources: readonly ResourceDescriptor[]): string {
  const has = (path: string) => resources.some((r) => r.path === path);
  const same = [
    has('documents.csv') && '`documents.csv` rows',
    has('documents.jsonl') && '`documents.jsonl` lines',
    has('entities.conll') && '`-DOCSTART-` lines of `entities.conll`',
    has('spans.jsonl') && 'lines of `spans.jsonl`',
    has('doccano.jsonl') && 'lines of `doccano.jsonl`',
    has('label-studio.json') && 'tasks of `label-studio.json`',
    has('lontar.xlsx') && 'data rows of the `documents` sheet of `lontar.xlsx`',
  ].filter(Boolean);
  const lines = [`Every file counts the same documents: ${same.join(' = ')}.`];
  if (has('documents.csv')) lines.push('The per-type CSVs together hold the `entities` column of `documents.csv`.');
  if (has('lontar.xlsx')) {
    lines.push(
      '`lontar.xlsx` has a sheet per table, named after the table, with the same rows in the same order as its CSV' +
        (has('documents.csv') ? '' : ' (written with `--format xlsx`: the CSVs are not in this folder, the sheets are the tables)') +
        '.',
    );
  }
  return lines.join('\n');
}

/** What `decree` of documents.jsonl holds (written when the dataset has that file). */
const DECREE_RECORDS = `- **Decree records**: an instrument's line in \`documents.jsonl\` carries \`decree\`, its record as
  Lontar keeps it: each particular (DECREES.md) under \`fields\` with its \`value\`, its review
  \`state\` (\`pending\`, \`accepted\` by the clerk, \`edited\` by her) and its \`source\` (UTF-16
  \`start\`/\`end\`, page, box, confidence, rule, \`weak\`; null for a value the clerk typed), the
  clerk's own fields under \`clerk\`, the \`structure\` and the record's \`status\`; null for other
  documents. \`decrees.csv\` lists the same records. \`lontar import --dataset\` restores the record of
  a document it adds; a document already in the library keeps its own.`;

/** README.md of a dataset: what each file is, how many rows, the conventions and what was left out. */
export function datasetCard(
  resources: readonly ResourceDescriptor[],
  meta: {
    version: string;
    created: string;
    filter: DatasetFilter;
    counts: DatasetCounts;
    labels: readonly string[];
    withOriginals: boolean;
  },
): string {
  const { counts } = meta;
  return `# Lontar dataset

Exported by Lontar ${meta.version} at ${meta.created}. \`datapackage.json\` describes every file (a
[Frictionless Data Package](https://specs.frictionlessdata.io/data-package/)): field types, keys, the
filters and the counts below.

## What is in it

${describeFilter(meta.filter).join('\n')}
- ${counts.documents} documents, ${counts.entities} entities (${Object.entries(counts.entitiesByType)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ')}), ${counts.spans} mention spans.

| file | what | rows |
| --- | --- | --- |
${resources.map((r) => `| \`${r.path}\` | ${r.description} | ${r.count} |`).join('\n')}

${agreement(resources)}

## Conventions

- **Join on \`document_id\`**: every entity table has it; \`documents.csv\` has one row per document
  (primary key). \`entity_id\` is the entity's id in Lontar.
- **Codes and keys are text**: region codes (\`16\`, \`16.10\`), decree keys (\`1/2021\`), scores and
  every normalised key are typed \`string\` in \`datapackage.json\`; read them as text
  (pandas: \`dtype=str\` for those columns) or \`16.10\` becomes \`16.1\`. The normalised keys are described in
  Lontar's README, *Export formats* (ENTITIES.md: region code, ISO date, \`NUMBER/YEAR\` …).
- **Records**: \`record_key\` (the entity CSVs, \`scores.csv\`, \`decrees.csv\`; \`key\` of each entity in
  \`documents.jsonl\`) is the record a row belongs to after the clerk's merges in *Data induk*: rows
  with one \`record_key\` are one record. It is the normalised key, except for a score
  (\`value|subject_key|index|year\`) and a decree (\`key|kind|issuer\`, the issuer folded, empty where
  the kind implies it), whose number alone never makes two of them one. The rows of a record the
  clerk merged into another carry the other's \`record_key\`; \`lontar import --dataset\` makes the
  same merge in the library it imports into.
${resources.some((r) => r.path === 'documents.jsonl') ? `${DECREE_RECORDS}\n` : ''}- **CSV**: UTF-8 with a byte-order mark, CRLF rows, RFC 4180 quoting, empty cell = no value.
- **Workbook** (\`lontar.xlsx\`): one sheet per table; the header row is frozen and carries a filter;
  codes, keys and every \`string\` field are text cells (format \`@\`, so an edit keeps them text),
  integers and numbers are numbers, \`date\` and \`datetime\` fields (\`imported_at\`, \`confirmed_at\`,
  decree dates) are real dates (UTC). Excel holds at most 1,048,576 rows a sheet and 32,767
  characters a cell: a longer table or cell is cut there.
- **Formula guard**: a text cell that a spreadsheet would run as a formula (it starts with \`=\`,
  \`+\`, \`-\`, \`@\`, a tab or a carriage return) is written with a leading \`'\`, in the CSVs and the
  workbook alike: imported pages are untrusted. Remove one leading \`'\` from such cells to get the
  text as written.
- **Offsets**: \`start\`/\`end\` in the CSVs and \`documents.jsonl\` are UTF-16 offsets (JavaScript) into
  the document's clean text, end exclusive; \`startCodePoint\`/\`endCodePoint\` and every offset in
  \`spans.jsonl\`, \`doccano.jsonl\` and \`label-studio.json\` are Unicode code points (Python's
  \`text[start:end]\`). \`token_end\` in \`spans.jsonl\` is inclusive, as Prodigy writes it.
- **Tokens**: Lontar's tokenizer, split where a mention starts or ends inside a token, so every span
  is a whole number of tokens (spaCy's strict \`char_span\`).
- **Labels**: ${meta.labels.join(', ')} (the entity types).

Label Studio labelling config for \`label-studio.json\`:

\`\`\`xml
${labelStudioConfig(meta.labels)}
\`\`\`

## What was left out, and why

- Rejected entities (the clerk said no) and documents in the trash.
${meta.filter.includePending ? '' : '- Documents not confirmed yet and pending entities: not reviewed, so not data.\n'}- ${counts.conllDroppedOverlaps} mention spans from \`entities.conll\` only: they overlap a longer span and BIO tags cannot nest (the other annotation files keep them).
- ${counts.mentionsOutOfText} mentions whose offsets do not point into the text, from the annotation files.
${meta.withOriginals ? '' : '- Originals and pages (export with `--with-originals` to include them): without them an import brings documents back as text only.\n'}`;
}
