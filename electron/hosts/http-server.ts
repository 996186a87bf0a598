import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../../shared/contract/dispatch.ts';
import { fromWire, toWire } from '../../shared/contract/wire.ts';
import type { Backend } from '../backend/backend.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

export interface HttpHostOptions {
  backend: Backend;
  /** The built renderer (vite.web.config.ts output). */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
  maxBodyBytes?: number;
}

export interface HttpHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.json': 'application/json',
};

/**
 * Browser mode: the same contract as the Electron window, served on 127.0.0.1 only. Every API
 * request must carry the per-run token (header, or `token` query for server-sent events), and
 * the Host header must name the loopback address, so other local users' pages and DNS-rebinding
 * sites cannot drive the library. Static files of the UI hold no data and are served openly.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 512 * 1024 * 1024;
  const sseClients = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(error) } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostAllowed(req.headers.host, port)) return sendText(res, 421, 'Misdirected request');
    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'))) return sendText(res, 401, 'Missing or wrong token');
      return openEventStream(res);
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendText(res, 405, 'Use POST');
      if (!tokenMatches(headerValue(req.headers['x-lontar-token']))) {
        return sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token' } });
      }
      const origin = req.headers.origin;
      if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
        return sendJson(res, 403, { ok: false, error: { code: 'unauthorized', message: 'Cross-origin request refused' } });
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      let args: unknown;
      try {
        const body = await readBody(req, maxBody);
        args = body.length ? fromWire(body) : {};
      } catch (error) {
        return sendJson(res, 400, { ok: false, error: { code: 'invalid_request', message: error instanceof Error ? error.message : 'Bad request body' } });
      }
      const envelope = await dispatch(options.backend.handlers, method, args);
      return sendBody(res, 200, 'application/json; charset=utf-8', toWire(envelope));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    return serveStatic(url.pathname, res);
  }

  function tokenMatches(given: string | null | undefined): boolean {
    if (!given) return false;
    const a = Buffer.from(given), b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive', 'x-content-type-options': 'nosniff' });
    res.write(': connected\n\n');
    sseClients.add(res);
    res.on('close', () => sseClients.delete(res));
  }

  const unsubscribe = options.backend.events.subscribe((event) => {
    const frame = `event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });
  // Proxies and idle timers drop silent streams: a comment line keeps them open.
  const heartbeat = setInterval(() => { for (const client of sseClients) client.write(': ping\n\n'); }, 15_000);
  heartbeat.unref();

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const file = relative === '' ? join(options.staticDir, 'index.html') : join(options.staticDir, relative);
    if (!file.startsWith(options.staticDir + sep) && file !== options.staticDir) return sendText(res, 403, 'Forbidden');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return sendText(res, 404, 'Not found');
    }
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
    });
    res.end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    async close() {
      clearInterval(heartbeat);
      unsubscribe();
      for (const client of sseClients) client.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`Request too large (over ${Math.round(limit / 1024 / 1024)} MB)`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendBody(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}
const sendJson = (res: ServerResponse, status: number, value: unknown) => sendBody(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
const sendText = (res: ServerResponse, status: number, text: string) => sendBody(res, status, 'text/plain; charset=utf-8', text);
