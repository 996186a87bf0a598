import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractJsonl } from '../../../electron/hosts/cli/extract-jsonl.ts';
import type { CliIo } from '../../../electron/hosts/cli/io.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

describe('extract --jsonl streaming', () => {
  it('takes inputs from stdin only as lines go out, so a long input never piles up in memory', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'berita.txt'), 'Dinas Sosial Kabupaten Sukamaju membagikan bantuan.');
    const total = 3_000;
    let taken = 0;
    let written = 0;
    let mostAhead = 0;
    async function* stdin() {
      for (let i = 0; i < total; i++) {
        taken++;
        mostAhead = Math.max(mostAhead, taken - written);
        yield i % 7 === 0 ? `${JSON.stringify({ path: join(dir, 'hilang.txt') })}\n` : `${join(dir, 'berita.txt')}\n`;
      }
    }
    const lines: string[] = [];
    const io: CliIo = {
      out: () => {
        throw new Error('extract --jsonl writes through outDrained');
      },
      err: () => undefined,
      errIsTty: false,
      env: {},
      cwd: dir,
      stdin: stdin(),
      outDrained: async (text) => {
        await new Promise((resolve) => setImmediate(resolve)); // a reader slower than the writer
        lines.push(text);
        written++;
      },
    };
    const parts = { ...plainTextParts(), readers: 3 };
    expect(await extractJsonl([], { ocr: 'auto', lang: 'ind+eng' }, io, parts)).toBe(0);
    expect(lines).toHaveLength(total);
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    expect(lines.filter((l) => l.includes('"error"'))).toHaveLength(Math.ceil(total / 7));
    // At most one input per reader in flight, plus the one being handed out.
    expect(mostAhead).toBeLessThanOrEqual(parts.readers + 1);
  });
});
