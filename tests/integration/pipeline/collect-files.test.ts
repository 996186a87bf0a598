import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles, walkFiles } from '../../../electron/backend/pipeline/collect-files.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const isText = (name: string) => name.toLowerCase().endsWith('.txt');
const onPosix = process.platform !== 'win32';

describe('collecting the files of an import (asynchronous walk)', () => {
  it('walks nested folders depth first in name order, skipping hidden entries and naming unsupported files', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b', 'dalam', 'lagi'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'c.txt'), 'tiga');
    writeFileSync(join(dir, 'a.txt'), 'satu');
    writeFileSync(join(dir, 'b', 'dalam', 'lagi', 'd.TXT'), 'empat');
    writeFileSync(join(dir, 'b', 'catatan.md'), '# bukan');
    writeFileSync(join(dir, '.tersembunyi.txt'), 'hidden');
    writeFileSync(join(dir, '.git', 'x.txt'), 'hidden');

    const pending = collectFiles([dir], isText, 1_000);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual([
      { kind: 'file', path: join(dir, 'a.txt'), name: 'a.txt' },
      { kind: 'skipped', path: join(dir, 'b', 'catatan.md'), name: 'catatan.md', reason: 'not a supported format' },
      { kind: 'file', path: join(dir, 'b', 'dalam', 'lagi', 'd.TXT'), name: 'd.TXT' },
      { kind: 'file', path: join(dir, 'c.txt'), name: 'c.txt' },
    ]);
  });

  it('fails a missing path and a file over the cap, and tries a file named explicitly whatever its extension', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'besar.txt'), 'x'.repeat(2_000));
    writeFileSync(join(dir, 'catatan.md'), 'dicoba juga');
    mkdirSync(join(dir, 'map'));
    writeFileSync(join(dir, 'map', 'besar.txt'), 'x'.repeat(2_000));
    const files = await collectFiles(
      [join(dir, 'hilang.txt'), join(dir, 'besar.txt'), join(dir, 'catatan.md'), join(dir, 'map')],
      isText,
      1_000,
    );
    expect(files).toEqual([
      { kind: 'failed', path: join(dir, 'hilang.txt'), name: 'hilang.txt', error: `File not found: ${join(dir, 'hilang.txt')}` },
      {
        kind: 'failed',
        path: join(dir, 'besar.txt'),
        name: 'besar.txt',
        error: `${join(dir, 'besar.txt')} is too large to import (0.0 MB; the limit is 0.0 MB)`,
      },
      { kind: 'file', path: join(dir, 'catatan.md'), name: 'catatan.md' },
      {
        kind: 'failed',
        path: join(dir, 'map', 'besar.txt'),
        name: 'besar.txt',
        error: `${join(dir, 'map', 'besar.txt')} is too large to import (0.0 MB; the limit is 0.0 MB)`,
      },
    ]);
  });

  it.skipIf(!onPosix)('passes over a pipe inside a folder, refuses one named explicitly, and walks a symlink loop once', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'sub', 'a.txt'), 'satu');
    execFileSync('mkfifo', [join(dir, 'in', 'pipa.txt')]);
    symlinkSync(join(dir, 'in'), join(dir, 'in', 'sub', 'putar'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'in', 'patah.txt'));

    expect(await collectFiles([join(dir, 'in')], isText, 1_000)).toEqual([
      { kind: 'failed', path: join(dir, 'in', 'patah.txt'), name: 'patah.txt', error: `File not found: ${join(dir, 'in', 'patah.txt')}` },
      { kind: 'file', path: join(dir, 'in', 'sub', 'a.txt'), name: 'a.txt' },
    ]);
    const pipe = join(dir, 'in', 'pipa.txt');
    expect(await collectFiles([pipe], isText, 1_000)).toEqual([
      {
        kind: 'failed',
        path: pipe,
        name: 'pipa.txt',
        error: `${pipe} is a pipe, not an ordinary file: Lontar imports only ordinary files`,
      },
    ]);
  });

  it('hands out files as it finds them: the first arrives before the rest of the walk is done', async () => {
    const dir = tempDir();
    for (let i = 0; i < 50; i++) {
      mkdirSync(join(dir, `map-${String(i).padStart(2, '0')}`));
      writeFileSync(join(dir, `map-${String(i).padStart(2, '0')}`, 'a.txt'), 'isi');
    }
    const walk = walkFiles([dir], isText, 1_000);
    const first = await walk.next();
    expect(first.value).toEqual({ kind: 'file', path: join(dir, 'map-00', 'a.txt'), name: 'a.txt' });
    // Stopping early leaves the other folders unread; the walk ends cleanly.
    expect(await walk.return(undefined)).toEqual({ done: true, value: undefined });
  });
});
