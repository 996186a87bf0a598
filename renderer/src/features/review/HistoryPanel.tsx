import { useEffect, useState } from 'react';
import type { MethodResult } from '../../../../shared/contract/api.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { reviewerName, useSettings } from '../../hooks/use-settings.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/id.ts';
import { describeDecreeEvent } from './decree-history.ts';

type ReviewEvent = MethodResult<'documents.history'>['events'][number];
interface Snapshot {
  type?: string;
  normalized?: string;
  text?: string;
  status?: string;
  actions?: unknown;
  scope?: string;
  count?: number;
}

const actionLabel = (action: string, t: Translate) => t(`history.action.${action}` as MessageKey);

/** What an audit event was about, from its before/after snapshots. */
function describe(e: ReviewEvent, t: Translate): string | null {
  if (e.action.startsWith('decree.')) return describeDecreeEvent(e.before, e.after, t);
  const snap = (e.after ?? e.before ?? null) as Snapshot | null;
  if (!snap) return null;
  if (e.action === 'document.status' && snap.status) return t(`status.${snap.status}` as MessageKey);
  if (e.action.startsWith('bulk.') && typeof snap.count === 'number') {
    return t('bulk.history', { count: snap.count, scope: t(`bulk.historyScope.${snap.scope ?? 'all'}` as MessageKey) });
  }
  if ((e.action === 'undo' || e.action === 'redo') && Array.isArray(snap.actions)) {
    return [...new Set(snap.actions.map((a) => actionLabel(String(a), t)))].join(', ');
  }
  const what = snap.normalized ?? snap.text;
  if (!what) return null;
  return snap.type ? `${t(`type.${snap.type}` as MessageKey)}: ${what}` : what;
}

/** The audit trail of this document: who did what, when; the clerk's name heads it. */
export function HistoryPanel({ documentId, version, onSettings }: { documentId: number; version: number; onSettings(): void }) {
  const api = useApi();
  const { t, locale } = useI18n();
  const { settings } = useSettings();
  const [events, setEvents] = useState<ReviewEvent[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.call('documents.history', { id: documentId }).then(
      (r) => {
        if (live) setEvents([...r.events].sort((a, b) => b.id - a.id));
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [api, documentId, version]);

  return (
    <div className="history" data-testid="history-panel">
      <p className="reviewer">
        {t('history.reviewer', { name: reviewerName(settings) ?? '—' })}{' '}
        {!settings?.clerkName && <span className="muted">{t('history.systemUser')}</span>}{' '}
        <button type="button" className="link" onClick={onSettings}>
          {t('history.changeName')}
        </button>
      </p>
      <ErrorMessage error={error} />
      {events?.length === 0 && <EmptyState>{t('history.empty')}</EmptyState>}
      {events && events.length > 0 && (
        <ol className="history-list">
          {events.map((e) => {
            const what = describe(e, t);
            return (
              <li key={e.id}>
                <span className="history-when">{formatDateTime(e.at, locale)}</span>
                <span className="history-who">{e.actor}</span>
                <span className="history-what">
                  <strong>{actionLabel(e.action, t)}</strong>
                  {what && ` — ${what}`}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
