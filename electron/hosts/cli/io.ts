/**
 * Where CLI output goes. stdout carries only the result (a table or JSON); progress and logs go
 * to stderr, so `lontar … --json > out.json` and pipes always get clean data.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars) or a log (one line per file). */
  errIsTty: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Where `extract --jsonl` reads its inputs from when it is given none. */
  stdin?: AsyncIterable<string | Buffer>;
  /** Writes to stdout and resolves once the pipe has taken it: a slow reader slows the writer instead of filling memory. */
  outDrained?(text: string): Promise<void>;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTty: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    outDrained: (text) =>
      new Promise((resolve) => {
        if (process.stdout.write(text)) resolve();
        else process.stdout.once('drain', resolve);
      }),
  };
}

/** Fixed-width columns for people; the last column is not padded. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
