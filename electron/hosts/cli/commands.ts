import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { usageError } from './cli-error.ts';

/** Parses one command's flags strictly: an unknown flag is wrong usage (exit 2), never ignored. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw usageError(`${command}: ${message.replace(/\. To specify a positional argument.*$/, '')}`);
  }
}

export function oneOf<T extends string>(command: string, flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(`${command}: --${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}
