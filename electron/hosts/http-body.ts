import type { IncomingMessage } from 'node:http';

/** A request the host answers with `status` and `message` instead of dispatching it. */
export class HttpRefusal extends Error {
  readonly status: number;
  readonly code: 'invalid_request' | 'unsupported' | 'unsupported_file';
  constructor(status: number, code: HttpRefusal['code'], message: string) {
    super(message);
    this.name = 'HttpRefusal';
    this.status = status;
    this.code = code;
  }
}

/**
 * Reads a JSON request body of at most `limit` bytes. A longer one (by Content-Length or as it
 * arrives) is refused with 413 without buffering it: the caller answers, then the rest of the body
 * is drained (see `discardRest`), so the client reads the 413 rather than a reset connection.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * After an early answer, reads and drops what the client is still sending, up to `budget` bytes;
 * past that the socket is closed (the answer has been written by then).
 */
export function discardRest(req: IncomingMessage, budget: number): void {
  if (req.readableEnded) return;
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > budget) req.socket.destroy();
  });
  req.resume();
}

function tooLarge(limit: number): HttpRefusal {
  return new HttpRefusal(413, 'invalid_request', `Request too large (over ${Math.round(limit / 1024 / 1024)} MB)`);
}
