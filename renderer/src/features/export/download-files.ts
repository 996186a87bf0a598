export interface DownloadLink {
  name: string;
  url: string;
  size: number;
}

/** Blob URLs for files built in memory (browser mode); the caller revokes them when done. */
export function toDownloadLinks(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): DownloadLink[] {
  return files.map((f) => ({
    name: f.name,
    size: f.bytes.length,
    // Copy into a plain ArrayBuffer-backed array: that is what Blob takes.
    url: URL.createObjectURL(new Blob([new Uint8Array(f.bytes)], { type: mimeFor(f.name) })),
  }));
}

function mimeFor(name: string): string {
  if (name.endsWith('.csv')) return 'text/csv;charset=utf-8';
  if (name.endsWith('.jsonl')) return 'application/x-ndjson';
  if (name.endsWith('.json')) return 'application/json';
  return 'application/octet-stream';
}

/** Saves one file through a temporary <a download> (what a click on the link would do). */
export function saveLink(link: DownloadLink): void {
  const a = document.createElement('a');
  a.href = link.url;
  a.download = link.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}
