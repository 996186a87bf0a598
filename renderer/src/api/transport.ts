/** How the UI reaches the backend: IPC in the Electron window, HTTP in browser mode. */
export interface Transport {
  invoke(method: string, args: unknown): Promise<unknown>;
  onEvent(listener: (event: unknown) => void): () => void;
  /** Browser mode only: the address of a download the browser saves as it streams in. */
  downloadUrl?(path: string, args: unknown): string;
}

/** What the Electron preload exposes (and nothing more). */
export interface PreloadBridge {
  invoke(method: string, args: unknown): Promise<unknown>;
  onEvent(listener: (event: unknown) => void): () => void;
  /** Where a dropped file lies on disk ('' when it does not): the desktop app imports by path. */
  pathForFile?(file: File): string;
}

declare global {
  interface Window {
    lontar?: PreloadBridge;
  }
}

export function ipcTransport(bridge: PreloadBridge): Transport {
  return { invoke: (method, args) => bridge.invoke(method, args), onEvent: (listener) => bridge.onEvent(listener) };
}
