import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, lowerThreadPriority } from '../../../electron/backend/import/thread-priority.ts';
import { createThreadedReader } from '../../../electron/backend/import/threaded-reader.ts';
import type { ThreadedReader } from '../../../electron/backend/import/threaded-reader.ts';

const readers: ThreadedReader[] = [];
afterEach(async () => {
  for (const r of readers.splice(0)) await r.close();
});

/** The nice value of each thread of this process (field 19 of /proc/self/task/TID/stat), by thread id. */
function threadNices(): Map<number, number> {
  const nices = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      nices.set(Number(tid), Number(fields[16]));
    } catch {
      // a thread that ended meanwhile
    }
  }
  return nices;
}

describe('reader threads run below the backend thread', () => {
  it.skipIf(process.platform !== 'linux')(
    'a reader thread lowers its own priority, not the priority of the thread that started it',
    async () => {
      const before = getPriority();
      const reader = createThreadedReader({ size: 1 });
      readers.push(reader);
      const extraction = await reader.extract('Dinas Sosial Kabupaten Musi Banyuasin.');
      expect(extraction.entities.length).toBeGreaterThan(0);
      const nices = threadNices();
      expect(nices.get(process.pid)).toBe(before);
      expect(getPriority()).toBe(before);
      expect([...nices.values()].filter((n) => n === Math.max(before, BACKGROUND_NICE)).length).toBeGreaterThan(0);
    },
  );

  it('leaves the process alone where a nice value is not a thread’s own', () => {
    const before = getPriority();
    expect(lowerThreadPriority('darwin')).toBe(false);
    expect(lowerThreadPriority('win32')).toBe(false);
    expect(getPriority()).toBe(before);
  });
});
