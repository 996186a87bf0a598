export const HELP = `lontar — document-extraction workbench (command line)

Usage:
  lontar import PATH… [--ocr auto|force|off] [--lang ind+eng] [--json]
      Import files and folders (folders are walked recursively) into the library.
  lontar import --dataset DIR [--json]
      Bring a dataset exported by Lontar (back) into the library: documents by SHA-256, entities, merges.
  lontar import --results FILE.jsonl… [--json]
      Merge results of \`lontar extract --jsonl\` (e.g. one file per cluster shard) by SHA-256 without
      reading the files again: text only, clerks' decisions kept, a second merge changes nothing.
      Error lines are reported; bad lines are refused by line number and the rest merges.
  lontar list [--status new|in_review|confirmed] [--query TEXT] [--sort SORT] [--descending] [--json]
      One line per document: id, original file name, status. SORT: imported (newest first, the
      default), name, status, pending, confirmed, type, date_established, kind, number, title.
      With --json and --query, each document carries the passage where it matched.
  lontar extract [--format json|table] [--ocr auto|force|off] FILE_OR_DIR…
      Extract entities without storing anything (no library needed).
  lontar extract --jsonl [--ocr auto|force|off] [FILE_OR_DIR… | -]
      Streaming filter for cluster engines: inputs from stdin (one path or {"path": …} per line)
      when none are given or "-"; one JSON line per input on stdout as each finishes (a document
      with sha256, text, pages, entities, particulars; or file and error). See docs/SCALE.md.
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
