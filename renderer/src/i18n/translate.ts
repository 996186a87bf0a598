import type { MessageKey } from './id.ts';

/** Looks up a message and fills its {placeholders}. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
