import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createBackend } from '../../electron/backend/backend.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import { startHttpHost } from '../../electron/hosts/http-server.ts';
import type { HttpHost, HttpHostOptions } from '../../electron/hosts/http-server.ts';
import { toWire } from '../../shared/contract/wire.ts';
import { plainTextParts } from './plain-text-parts.ts';

export interface RawAnswer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

/** A loopback host over a fresh library, closed after the test; `dir` holds `web/`, `data/` and `secret.txt`. */
export function useHttpHosts(tempDir: () => string) {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });
  return async (options: Partial<HttpHostOptions> = {}): Promise<{ host: HttpHost; backend: Backend; dir: string }> => {
    const dir = tempDir();
    const staticDir = join(dir, 'web');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Lontar</title>');
    writeFileSync(join(dir, 'secret.txt'), 'outside the UI folder');
    const backend = createBackend({ dataDir: join(dir, 'data'), version: 'test', parts: plainTextParts() });
    const host = await startHttpHost({ backend, staticDir, ...options });
    cleanups.push(async () => {
      await host.close();
      await backend.close();
    });
    return { host, backend, dir };
  };
}

/** Raw HTTP, so the Host header, paths and bodies can be anything a hostile page could send. */
export function raw(
  host: HttpHost,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Uint8Array },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export const apiCall = (host: HttpHost, method: string, args: unknown, token = host.token) =>
  raw(host, {
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'x-lontar-token': token, 'content-type': 'application/json' },
    body: toWire(args),
  });

/** An upload as the browser UI sends it: the raw bytes, the name in the query. */
export const upload = (host: HttpHost, name: string, bytes: Uint8Array) =>
  raw(host, {
    path: `/api/upload?name=${encodeURIComponent(name)}`,
    method: 'POST',
    headers: { 'x-lontar-token': host.token, 'content-type': 'application/octet-stream' },
    body: bytes,
  });
