import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../../shared/contract/dispatch.ts';
import { fromWire, toWire } from '../../shared/contract/wire.ts';
import type { Backend } from '../backend/backend.ts';
import { LIMITS } from '../backend/import/limits.ts';
import { createStagingStore, UploadTooLargeError } from '../backend/storage/file-store.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { discardRest, HttpRefusal, readJsonBody } from './http-body.ts';
import { clearDownloads, sendDatasetArchive } from './dataset-download.ts';
import { refusalOverHttp } from './http-policy.ts';

export interface HttpHostOptions {
  backend: Backend;
  /** The built renderer (vite.web.config.ts output). */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a random one per run otherwise. */
  token?: string;
  /** JSON request bodies (every call but uploads); a few MB is far above any real call. */
  maxBodyBytes?: number;
  /** Uploads (`/api/upload`): the import size cap unless a test sets a small one. */
  maxUploadBytes?: number;
}

export interface HttpHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const DEFAULT_MAX_JSON_BYTES = 4 * 1024 * 1024;
/** What is read and dropped after an early refusal before the connection is cut. */
const DISCARD_BUDGET_BYTES = 64 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Browser mode: the same contract as the Electron window, served on 127.0.0.1 only. Every API
 * request must carry the per-run token (header, or `token` query for server-sent events), and
 * the Host header must name the loopback address, so other local users' pages and DNS-rebinding
 * sites cannot drive the library. Static files of the UI hold no data and are served openly.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_JSON_BYTES;
  const staging = createStagingStore(options.backend.dataDir, options.maxUploadBytes ?? LIMITS.maxFileBytes);
  const sseClients = new Set<ServerResponse>();
  let port = 0;
  clearDownloads(options.backend.dataDir);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpRefusal) {
        if (!res.headersSent) {
          res.setHeader('connection', 'close');
          sendJson(res, error.status, { ok: false, error: { code: error.code, message: error.message } });
        }
        // The answer goes out first; what the client still sends is dropped, within reason.
        discardRest(req, DISCARD_BUDGET_BYTES);
        return;
      }
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(error) } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) return sendText(res, 421, 'Misdirected request');
    const url = parseUrl(req.url);
    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'))) return sendText(res, 401, 'Missing or wrong token');
      return openEventStream(res);
    }
    // A download the browser saves as it arrives: a GET it can navigate to, the token in the query as for events.
    if (url.pathname === '/api/download/dataset') {
      if (req.method !== 'GET') return sendText(res, 405, 'Use GET');
      if (!tokenMatches(url.searchParams.get('token'))) return sendText(res, 401, 'Missing or wrong token');
      if (req.headers['sec-fetch-site'] === 'cross-site') return sendText(res, 403, 'Cross-site request refused');
      return sendDatasetArchive(options.backend, url.searchParams, res);
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
      const method = decodePath(url.pathname.slice('/api/'.length));
      if (method === 'upload') return receiveUpload(req, res, url);
      const body = await readJsonBody(req, maxBody);
      let args: unknown;
      try {
        args = body.length ? fromWire(body) : {};
      } catch (error) {
        throw new HttpRefusal(400, 'invalid_request', error instanceof Error ? `Bad request body: ${error.message}` : 'Bad request body');
      }
      const refusal = refusalOverHttp(method, args, jobNamesPaths);
      if (refusal) return sendJson(res, 200, { ok: false, error: { code: 'unsupported', message: refusal } });
      const envelope = await dispatch(options.backend.handlers, method, args);
      return sendBody(res, 200, 'application/json; charset=utf-8', toWire(envelope));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    return serveStatic(url.pathname, res);
  }

  /**
   * An upload: the raw bytes of one file (`application/octet-stream`, its name in `?name=`),
   * streamed to staging and refused past the import size cap. Answers like `import.stage`.
   */
  async function receiveUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const name = url.searchParams.get('name') ?? '';
    if (name.length === 0 || name.length > 500)
      throw new HttpRefusal(400, 'invalid_request', 'An upload needs ?name= with the file name (1 to 500 characters).');
    if (!(req.headers['content-type'] ?? '').startsWith('application/octet-stream')) {
      throw new HttpRefusal(415, 'invalid_request', 'Send uploads as application/octet-stream.');
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > staging.maxBytes)
      throw new HttpRefusal(413, 'unsupported_file', new UploadTooLargeError(staging.maxBytes).message);
    let stagedId: string;
    try {
      // Not destroyed when the cap stops the loop: the 413 must still reach the client.
      stagedId = await staging.putStream(req.iterator({ destroyOnReturn: false }));
    } catch (error) {
      if (error instanceof UploadTooLargeError) throw new HttpRefusal(413, 'unsupported_file', error.message);
      throw error;
    }
    return sendBody(res, 200, 'application/json; charset=utf-8', toWire({ ok: true, value: { stagedId } }));
  }

  function jobNamesPaths(jobId: number): boolean {
    return options.backend.store.importJobs.items(jobId).some((item) => item.sourcePath !== null);
  }

  function tokenMatches(given: string | null | undefined): boolean {
    if (!given) return false;
    const a = Buffer.from(given),
      b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    res.write(': connected\n\n');
    sseClients.add(res);
    res.on('close', () => sseClients.delete(res));
  }

  const unsubscribe = options.backend.events.subscribe((event) => {
    const frame = `event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });
  // Proxies and idle timers drop silent streams: a comment line keeps them open.
  const heartbeat = setInterval(() => {
    for (const client of sseClients) client.write(': ping\n\n');
  }, 15_000);
  heartbeat.unref();

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const relative = normalize(decodePath(pathname)).replace(/^([/\\])+/, '');
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

/** A malformed request target (bad `%` escape, unparsable URL) is the client's error: 400, not 500. */
function parseUrl(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1');
  } catch {
    throw new HttpRefusal(400, 'invalid_request', 'Malformed URL');
  }
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new HttpRefusal(400, 'invalid_request', 'Malformed URL: a bad % escape');
  }
}

function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sendBody(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}
const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  sendBody(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
const sendText = (res: ServerResponse, status: number, text: string) => sendBody(res, status, 'text/plain; charset=utf-8', text);
