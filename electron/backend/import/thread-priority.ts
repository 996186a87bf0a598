import { setPriority } from 'node:os';

/**
 * The nice value of reader threads: reading, OCR and comparison are background work. The
 * backend's thread answers the window; when it wakes it must get a core at once, not wait
 * behind OCR threads that keep every core busy (during scanned imports on 2 cores its late
 * wake-ups were spent waiting for a core, with no code of its own running).
 */
export const BACKGROUND_NICE = 10;

/**
 * Lowers the calling thread's priority, and so that of every thread it starts afterwards (the
 * OCR pool's). Linux only: there a nice value belongs to one thread (setpriority on pid 0 is the
 * calling thread) and new threads inherit it; elsewhere the call would lower the whole process,
 * the backend's thread included, so it is left alone. Best effort: a sandbox may refuse it.
 */
export function lowerThreadPriority(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    setPriority(BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}
