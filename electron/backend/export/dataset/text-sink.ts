import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

/**
 * A file written in order through a bounded buffer: an export of any size holds about a megabyte
 * per open file, never the whole file. `close` flushes and fsyncs, so a dataset renamed into place
 * afterwards is on disk.
 */
export class TextSink {
  private readonly fd: number;
  private chunks: string[] = [];
  private buffered = 0;
  private closed = false;

  constructor(path: string) {
    this.fd = openSync(path, 'wx');
  }

  write(text: string): void {
    this.chunks.push(text);
    this.buffered += text.length;
    if (this.buffered >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.chunks.length === 0) return;
    writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.buffered = 0;
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    fsyncSync(this.fd);
    this.closed = true;
    closeSync(this.fd);
  }

  /** After a failure: the file is going away with its folder, only the descriptor matters. */
  discard(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}
