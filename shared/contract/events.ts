import { z } from 'zod';
import { id, importSummary } from './schemas.ts';

/** Push events from the backend to every window and browser tab (IPC or server-sent events). */
export const events = {
  'import.progress': z.object({
    jobId: id,
    fileIndex: z.number().int().nonnegative(),
    fileCount: z.number().int().nonnegative(),
    file: z.string(),
    phase: z.enum(['reading', 'ocr', 'extracting', 'saving', 'imported', 'duplicate', 'failed', 'skipped']),
    page: z.number().int().nonnegative().optional(),
    pageCount: z.number().int().nonnegative().optional(),
    message: z.string().optional(),
  }),
  'import.finished': importSummary,
  'document.updated': z.object({ id }),
  /** A menu choice in the desktop app, carried out by the UI (browser mode has buttons for each). */
  'app.command': z.object({
    command: z.enum([
      'import-files',
      'import-folder',
      'export',
      'show-library',
      'show-records',
      'show-trash',
      'show-keys',
      'toggle-theme',
      'settings',
    ]),
  }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export type AnyEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
