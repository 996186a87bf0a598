import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/client.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Thumbnails kept (blob: URLs of first pages); the oldest is released beyond this. */
const KEPT = 300;
const thumbnails = new Map<number, Promise<string | null>>();
// One page drawn at a time: a screenful of new rows must not start twenty PDF renderings at once.
let queue: Promise<unknown> = Promise.resolve();

/** The first page of a document as a blob: URL, or null when it cannot be drawn (cached, also the null). */
function firstPage(api: ApiClient, documentId: number): Promise<string | null> {
  let pending = thumbnails.get(documentId);
  if (!pending) {
    pending = queue
      .then(() => api.call('documents.page', { id: documentId, pageNo: 1 }))
      .then(
        (page) => URL.createObjectURL(new Blob([new Uint8Array(page.png)], { type: 'image/png' })),
        () => null,
      );
    queue = pending;
    thumbnails.set(documentId, pending);
    if (thumbnails.size > KEPT) {
      const [oldest, url] = thumbnails.entries().next().value!;
      thumbnails.delete(oldest);
      void url.then((u) => u && URL.revokeObjectURL(u));
    }
  }
  return pending;
}

/**
 * A small picture of a PDF's or an image's first page, drawn by the backend's page renderer. A page
 * that cannot be drawn (or an image that fails to decode) shows a placeholder, never a broken image.
 */
export function PageThumbnail({ documentId, name }: { documentId: number; name: string }) {
  const api = useApi();
  const { t } = useI18n();
  const [state, setState] = useState<{ id: number; url: string | null; failed: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    void firstPage(api, documentId).then((url) => {
      if (live) setState({ id: documentId, url, failed: false });
    });
    return () => {
      live = false;
    };
  }, [api, documentId]);
  const current = state?.id === documentId ? state : null;
  if (!current || !current.url || current.failed) {
    const unavailable = current !== null;
    return (
      <span
        className={`doc-thumb placeholder${unavailable ? ' unavailable' : ''}`}
        data-testid="thumbnail-placeholder"
        title={unavailable ? t('library.noThumbnail') : undefined}
        aria-hidden="true"
      />
    );
  }
  return (
    <img
      className="doc-thumb"
      data-testid="thumbnail"
      src={current.url}
      alt={t('library.thumbnail', { name })}
      onError={() => setState({ ...current, failed: true })}
    />
  );
}
