import type { EventPayload } from '../../../shared/contract/events.ts';
import type { CliIo } from './io.ts';

/**
 * Renders import progress on stderr: a redrawn bar on a terminal, one line per finished file
 * otherwise (logs and CI).
 */
export function createProgressReporter(io: CliIo) {
  let lastLength = 0;
  const clear = () => {
    if (io.errIsTty && lastLength > 0) io.err(`\r${' '.repeat(lastLength)}\r`);
    lastLength = 0;
  };
  return {
    onProgress(p: EventPayload<'import.progress'>): void {
      const position = `[${p.fileIndex + 1}/${p.fileCount}]`;
      const final = p.phase === 'imported' || p.phase === 'duplicate' || p.phase === 'failed' || p.phase === 'skipped';
      if (final) {
        clear();
        const note = p.message ? ` — ${p.message}` : '';
        io.err(`${position} ${p.phase.padEnd(9)} ${p.file}${note}\n`);
        return;
      }
      if (!io.errIsTty) return;
      const width = 24;
      const fraction = p.pageCount ? (p.page ?? 0) / p.pageCount : 0;
      const filled = Math.round(fraction * width);
      const pages = p.pageCount ? ` page ${p.page ?? 0}/${p.pageCount}` : '';
      const text = `${position} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.phase}${pages} ${p.file}`.slice(0, 120);
      clear();
      io.err(text);
      lastLength = text.length;
    },
    done: clear,
  };
}
