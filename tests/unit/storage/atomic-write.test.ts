import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TooLongError, writeFileAtomicSync, writeStreamAtomic } from '../../../electron/backend/storage/atomic-write.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

async function* chunks(count: number, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < count; i++) yield new Uint8Array(size).fill(65 + (i % 26));
}

describe('atomic writes', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'ekspor.csv');
    writeFileSync(file, 'lama');
    writeFileAtomicSync(file, 'baru, lengkap');
    expect(readFileSync(file, 'utf8')).toBe('baru, lengkap');
    expect(readdirSync(dir)).toEqual(['ekspor.csv']);
  });

  it('keeps what was there when the write cannot complete, and cleans up', () => {
    const dir = tempDir();
    const blocked = join(dir, 'folder');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'isi.txt'), 'x');
    expect(() => writeFileAtomicSync(blocked, 'data')).toThrow();
    expect(readdirSync(dir)).toEqual(['folder']);
    expect(readFileSync(join(blocked, 'isi.txt'), 'utf8')).toBe('x');
  });

  it('streams to disk under a cap, and refuses a longer stream leaving nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'unggahan');
    expect(await writeStreamAtomic(file, chunks(4, 1000), 4000)).toBe(4000);
    expect(readFileSync(file)).toHaveLength(4000);
    await expect(writeStreamAtomic(join(dir, 'terlalu-besar'), chunks(5, 1000), 4000)).rejects.toBeInstanceOf(TooLongError);
    expect(readdirSync(dir)).toEqual(['unggahan']);
  });
});
