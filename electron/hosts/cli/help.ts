export const HELP = `lontar — document-extraction workbench (command line)

Usage:
  lontar import PATH… [--ocr auto|force|off] [--lang ind+eng] [--json]
      Import files and folders (folders are walked recursively) into the library.
  lontar import --dataset DIR [--json]
      Bring a dataset exported by Lontar (back) into the library: documents by SHA-256, entities, merges.
  lontar list [--status new|in_review|confirmed] [--query TEXT] [--sort SORT] [--descending] [--json]
      One line per document: id, original file name, status. SORT: imported (newest first, the
      default), name, status, pending, confirmed, type, date_established, kind, number, title.
      With --json and --query, each document carries the passage where it matched.
  lontar extract [--format json|table] [--ocr auto|force|off] FILE_OR_DIR…
      Extract entities without storing anything (no library needed).
  lontar export --format csv|jsonl|scores|decrees|jdihn|archive-list --out DIR [--include-pending]
      Export confirmed, edited and added entities (rejected never; pending on request), the score
      rows as scores.csv, or confirmed decree records as decrees.csv, jdihn.json (the JDIHN feed) or
      daftar-arsip.csv (the archive list); --include-pending adds records not yet confirmed.
  lontar backup FILE
      Write a consistent copy of the library database to FILE.
  lontar export --out DIR [--overwrite] [--with-originals] [--include-pending] [--type T,…] [--from DATE] [--to DATE] [--query TEXT]
      Export a dataset: datapackage.json, documents.csv/.jsonl, a CSV per type, CoNLL, spaCy spans,
      doccano and Label Studio files, README.md. Confirmed documents only unless --include-pending.
  lontar --version | --help

The library lives in $LONTAR_DATA_DIR, else in the platform's application-data folder
(the same one the Lontar window uses). Results go to stdout, progress and messages to
stderr. Exit status: 0 done (or nothing to do), 1 every input failed, 2 wrong usage.
`;
