import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { MethodArgs, MethodResult } from '../../../../shared/contract/api.ts';
import type { EventPayload } from '../../../../shared/contract/events.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { applyProgress, waitingRows } from './batch-progress.ts';
import type { FileRow } from './batch-progress.ts';

export type ImportProgress = EventPayload<'import.progress'>;
export type ImportSummary = EventPayload<'import.finished'>;
type Outcome = 'imported' | 'duplicate' | 'failed' | 'skipped';

export interface JobView {
  jobId: number;
  progress: ImportProgress | null;
  /** One row per file of the batch, each with its own phase and pages. */
  rows: FileRow[];
  /** When this window saw the job start (for the batch's ETA). */
  startedAt: number;
  outcomes: Record<Outcome, number>;
  summary: ImportSummary | null;
  cancelling: boolean;
}

export interface StagingView {
  name: string;
  index: number;
  count: number;
}

/** What the import controls do: stable functions (their users do not redraw on progress). */
export interface ImportActions {
  /** Browser mode and drops: the bytes go up first (`import.stage`), then one job for them all. */
  importFiles(files: readonly File[]): Promise<void>;
  /** Desktop: paths from the native dialog. */
  importPaths(paths: readonly string[]): Promise<void>;
  cancel(jobId: number): Promise<void>;
  cancelStaging(): void;
  retry(jobId: number): Promise<void>;
  dismiss(jobId: number): void;
  clearError(): void;
}

/** What the progress panel shows: changes with every progress event. */
export interface ImportState {
  jobs: JobView[];
  staging: StagingView | null;
  error: unknown;
}

const ImportActionsContext = createContext<ImportActions | null>(null);
const ImportStateContext = createContext<ImportState | null>(null);

const NO_OUTCOMES: Record<Outcome, number> = { imported: 0, duplicate: 0, failed: 0, skipped: 0 };

/** Import jobs and their progress, shared by every view (a drop works anywhere in the window). */
export function ImportProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [jobs, setJobs] = useState<Map<number, JobView>>(new Map());
  const [staging, setStaging] = useState<StagingView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const stagingCancelled = useRef(false);

  const update = useCallback((jobId: number, change: (job: JobView) => JobView) => {
    setJobs((prev) => {
      const next = new Map(prev);
      const job = next.get(jobId) ?? {
        jobId,
        progress: null,
        rows: [],
        startedAt: Date.now(),
        outcomes: NO_OUTCOMES,
        summary: null,
        cancelling: false,
      };
      next.set(jobId, change(job));
      return next;
    });
  }, []);

  useEffect(() => {
    const offProgress = api.on('import.progress', (p) =>
      update(p.jobId, (job) => {
        const done = p.phase === 'imported' || p.phase === 'duplicate' || p.phase === 'failed' || p.phase === 'skipped';
        return {
          ...job,
          progress: p,
          rows: applyProgress(job.rows, p),
          outcomes: done ? { ...job.outcomes, [p.phase]: job.outcomes[p.phase as Outcome] + 1 } : job.outcomes,
        };
      }),
    );
    const offFinished = api.on('import.finished', (s) => {
      update(s.jobId, (job) => ({ ...job, summary: s, cancelling: false }));
      // A clean import's summary steps aside after a while; one with failures stays until dismissed.
      if (!s.cancelled && s.failed.length === 0 && s.skipped.length === 0) {
        setTimeout(
          () =>
            setJobs((prev) => {
              if (!prev.has(s.jobId)) return prev;
              const next = new Map(prev);
              next.delete(s.jobId);
              return next;
            }),
          10_000,
        );
      }
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [api, update]);

  /** A new job's rows, named from its items before its files report (events that came first win). */
  const track = useCallback(
    (jobId: number) => {
      update(jobId, (job) => job);
      api.call('import.job', { jobId }).then(
        (job) =>
          update(jobId, (view) => ({
            ...view,
            rows: seedRows(job.items, view.rows),
          })),
        () => undefined,
      );
    },
    [api, update],
  );

  const start = useCallback(
    async (sources: MethodArgs<'import.start'>['sources']) => {
      const { jobId } = await api.call('import.start', { sources });
      track(jobId);
    },
    [api, track],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setError(null);
      stagingCancelled.current = false;
      try {
        const sources: Array<{ stagedId: string; name: string }> = [];
        for (const [index, file] of files.entries()) {
          if (stagingCancelled.current) return;
          setStaging({ name: file.name, index, count: files.length });
          const { stagedId } = await api.call('import.stage', { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
          sources.push({ stagedId, name: file.name });
        }
        setStaging(null);
        await start(sources);
      } catch (e) {
        setError(e);
      } finally {
        setStaging(null);
      }
    },
    [api, start],
  );

  const importPaths = useCallback(
    async (paths: readonly string[]) => {
      if (paths.length === 0) return;
      setError(null);
      try {
        await start(paths.map((path) => ({ path })));
      } catch (e) {
        setError(e);
      }
    },
    [start],
  );

  const cancel = useCallback(
    async (jobId: number) => {
      update(jobId, (job) => ({ ...job, cancelling: true }));
      try {
        await api.call('import.cancel', { jobId });
      } catch (e) {
        setError(e);
      }
    },
    [api, update],
  );

  const retry = useCallback(
    async (jobId: number) => {
      setError(null);
      try {
        const { jobId: next } = await api.call('import.retry', { jobId });
        setJobs((prev) => {
          const map = new Map(prev);
          map.delete(jobId);
          return map;
        });
        track(next);
      } catch (e) {
        setError(e);
      }
    },
    [api, track],
  );

  const dismiss = useCallback((jobId: number) => {
    setJobs((prev) => {
      const next = new Map(prev);
      next.delete(jobId);
      return next;
    });
  }, []);

  const actions = useMemo<ImportActions>(
    () => ({
      importFiles,
      importPaths,
      cancel,
      retry,
      dismiss,
      cancelStaging: () => {
        stagingCancelled.current = true;
      },
      clearError: () => setError(null),
    }),
    [importFiles, importPaths, cancel, retry, dismiss],
  );
  const state = useMemo<ImportState>(
    () => ({
      jobs: [...jobs.values()].sort((a, b) => b.jobId - a.jobId),
      staging,
      error,
    }),
    [jobs, staging, error],
  );
  return (
    <ImportActionsContext.Provider value={actions}>
      <ImportStateContext.Provider value={state}>{children}</ImportStateContext.Provider>
    </ImportActionsContext.Provider>
  );
}

export function useImport(): ImportActions {
  const value = useContext(ImportActionsContext);
  if (!value) throw new Error('useImport outside ImportProvider');
  return value;
}

export function useImportState(): ImportState {
  const value = useContext(ImportStateContext);
  if (!value) throw new Error('useImportState outside ImportProvider');
  return value;
}

/** Rows from a job's items: a file already settled when the job was made (skipped, missing) shows so. */
function seedRows(items: MethodResult<'import.job'>['items'], current: readonly FileRow[]): FileRow[] {
  const seeded = waitingRows(items.map((i) => i.file)).map((row, i) => {
    const item = items[i]!;
    if (item.status === 'pending') return row;
    const phase = item.status === 'cancelled' ? 'failed' : item.status;
    return { ...row, phase, message: item.error };
  });
  return seeded.map((row, i) => (current[i] && current[i].phase !== 'waiting' ? current[i] : row));
}
