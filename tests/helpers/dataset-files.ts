import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a dataset's files back the simple way, for tests: CSV rows by a real parser elsewhere (pandas). */
export function readDataset(dir: string) {
  const text = (name: string) => readFileSync(join(dir, name), 'utf8');
  const jsonl = (name: string) =>
    text(name)
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  /** Data rows of a dataset CSV (none of the test's cells holds a line break). */
  const csvRows = (name: string) =>
    text(name)
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((l) => l.length > 0)
      .slice(1);
  return {
    text,
    jsonl,
    csvRows,
    descriptor: JSON.parse(text('datapackage.json')) as {
      lontar: {
        version: string;
        filters: Record<string, unknown>;
        counts: { documents: number; entities: number; spans: number; entitiesByType: Record<string, number> };
      };
      resources: Array<{
        name: string;
        path: string;
        count: number;
        profile: string;
        schema?: { fields: Array<{ name: string; type: string }>; primaryKey?: string[]; foreignKeys?: unknown[] };
      }>;
    },
  };
}
