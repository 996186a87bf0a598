import { fromWire, toWire } from '../../../shared/contract/wire.ts';
import { events, isEventName } from '../../../shared/contract/events.ts';
import type { Transport } from './transport.ts';

/**
 * Browser mode: POST /api/<method> with the per-run token; events over server-sent events.
 * The token arrives in the URL fragment (never sent to a server, never in logs) and is kept for
 * this tab only.
 */
export function httpTransport(token: string): Transport {
  return {
    async invoke(method, args) {
      const response =
        method === 'import.stage'
          ? await upload(token, args as StageArgs)
          : await fetch(`/api/${encodeURIComponent(method)}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-lontar-token': token },
              body: toWire(args ?? {}),
            });
      const text = await response.text();
      try {
        return fromWire(text);
      } catch {
        return { ok: false, error: { code: 'internal', message: `The server answered ${response.status}: ${text.slice(0, 200)}` } };
      }
    },
    downloadUrl(path, args) {
      // A plain GET the browser navigates to, so it writes the file as it arrives (a fetch would hold it all in memory).
      return `/api/${path}?token=${encodeURIComponent(token)}&args=${encodeURIComponent(JSON.stringify(args ?? {}))}`;
    },
    onEvent(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const handler = (event: MessageEvent<string>) => {
        if (isEventName(event.type)) listener({ name: event.type, payload: JSON.parse(event.data) as unknown });
      };
      // Every event of the contract: a new one reaches the UI without touching this file.
      for (const name of Object.keys(events)) source.addEventListener(name, handler as EventListener);
      return () => source.close();
    },
  };
}

interface StageArgs {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Uploads go as the file's raw bytes, streamed to staging by the host and capped at the import
 * size cap, never as base64 inside JSON (the host refuses JSON bodies over a few MB).
 */
function upload(token: string, { name, bytes }: StageArgs): Promise<Response> {
  return fetch(`/api/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-lontar-token': token },
    body: bytes,
  });
}

/** Reads the token from `#token=…` (and keeps it across reloads of this tab). */
export function tokenFromLocation(): string | null {
  const match = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem('lontar.token', token);
    return token;
  }
  return sessionStorage.getItem('lontar.token');
}
