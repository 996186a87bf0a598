// A reader thread for the pool's supervision tests: it speaks the reader protocol, but some file
// names make it misbehave the ways a hostile file makes the real readers misbehave — a synchronous
// loop that never yields (and so never sees a cancel), a heap that grows without end, a slow
// multi-page read. Every other name is read at once as plain text.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { FromReader, ToReader } from '../../electron/backend/import/reader-protocol.ts';

const port = parentPort!;
const send = (message: FromReader) => port.postMessage(message);

port.on('message', (message: ToReader) => {
  if (message.kind === 'close') {
    send({ kind: 'closed' });
    port.close();
    return;
  }
  if (message.kind !== 'read' && message.kind !== 'import') return;
  const { id } = message;
  const name = message.kind === 'read' ? message.name : message.job.name;
  if (name.startsWith('stall')) {
    for (;;) {
      /* a reader stuck in a synchronous loop */
    }
  }
  if (name.startsWith('oom')) {
    const hoard: number[][] = [];
    for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => i * 1.5));
  }
  if (name.startsWith('pages')) {
    // Ten pages, 80 ms each: longer than the base deadline, well inside base + pages.
    let page = 0;
    const timer = setInterval(() => {
      page += 1;
      send({ kind: 'progress', id, page, pageCount: 10, phase: 'text' });
      if (page === 10) {
        clearInterval(timer);
        send({
          kind: 'read-done',
          id,
          value: { mime: 'application/pdf', sourceType: 'pdf', text: 'sepuluh halaman', title: null, language: 'id', pages: [] },
        });
      }
    }, 80);
    return;
  }
  if (message.kind === 'import') {
    // The one-pass import of a well-behaved file: its text as is, no entities, no original kept.
    void readFile(message.job.path).then((bytes) =>
      send({
        kind: 'import-done',
        id,
        value: {
          kind: 'read',
          hash: createHash('sha256').update(bytes).digest('hex'),
          size: bytes.byteLength,
          fingerprint: null,
          document: { mime: 'text/plain', sourceType: 'text', text: bytes.toString('utf8'), title: null, language: 'id', pages: [] },
          extraction: { entities: [], skipped: [], particulars: null, particulars_sources: {}, structure: [] },
        },
      }),
    );
    return;
  }
  send({
    kind: 'read-done',
    id,
    value: {
      mime: 'text/plain',
      sourceType: 'text',
      text: new TextDecoder().decode(message.bytes),
      title: null,
      language: 'id',
      pages: [],
    },
  });
});
