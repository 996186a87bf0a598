import type { Database } from 'better-sqlite3';
import { backupDatabase } from './database.ts';
import { createDecreesRepository } from './repositories/decrees-repository.ts';
import { createDocumentsRepository } from './repositories/documents-repository.ts';
import { createEntitiesRepository } from './repositories/entities-repository.ts';
import { createImportJobsRepository } from './repositories/import-jobs-repository.ts';
import { createRecordsRepository } from './repositories/records-repository.ts';
import { createReviewEventsRepository } from './repositories/review-events-repository.ts';
import { createSettingsRepository } from './repositories/settings-repository.ts';
import { createDatasetRepository } from './repositories/dataset-repository.ts';

/** The repositories over one open database, plus its transaction boundary. */
export function createStore(db: Database) {
  return {
    documents: createDocumentsRepository(db),
    entities: createEntitiesRepository(db),
    decrees: createDecreesRepository(db),
    importJobs: createImportJobsRepository(db),
    /** Paged reads for dataset exports, the entity insert of dataset imports. */
    dataset: createDatasetRepository(db),
    settings: createSettingsRepository(db),
    reviewEvents: createReviewEventsRepository(db),
    records: createRecordsRepository(db),
    /** Runs `work` in one IMMEDIATE transaction: all of it lands, or none. */
    transaction<T>(work: () => T): T {
      return db.transaction(work).immediate();
    },
    schemaVersion(): number {
      return db.pragma('user_version', { simple: true }) as number;
    },
    backup(target: string): void {
      backupDatabase(db, target);
    },
    close(): void {
      db.close();
    },
  };
}

export type Store = ReturnType<typeof createStore>;
