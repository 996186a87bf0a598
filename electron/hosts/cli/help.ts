export const HELP = `lontar — document-extraction workbench (command line)

Usage:
  lontar import PATH… [--ocr auto|force|off] [--lang ind+eng] [--json]
      Import files and folders (folders are walked recursively) into the library.
  lontar list [--status new|in_review|confirmed] [--query TEXT] [--json]
      One line per document: id, original file name, status.
  lontar extract [--format json|table] [--ocr auto|force|off] FILE_OR_DIR…
      Extract entities without storing anything (no library needed).
  lontar export --format csv|jsonl|scores --out DIR [--include-pending]
      Export confirmed, edited and added entities (rejected never; pending on request).
  lontar backup FILE
      Write a consistent copy of the library database to FILE.
  lontar --version | --help

The library lives in $LONTAR_DATA_DIR, else in the platform's application-data folder
(the same one the Lontar window uses). Results go to stdout, progress and messages to
stderr. Exit status: 0 done (or nothing to do), 1 every input failed, 2 wrong usage.
`;
