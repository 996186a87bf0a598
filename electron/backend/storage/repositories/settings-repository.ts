import type { Database } from 'better-sqlite3';

export function createSettingsRepository(db: Database) {
  const read = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  return {
    get(key: string): string | undefined {
      return read.get(key) as string | undefined;
    },
    set(key: string, value: string): void {
      write.run(key, value);
    },
    remove(key: string): void {
      remove.run(key);
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
