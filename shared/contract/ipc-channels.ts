/**
 * The two Electron IPC channels: every contract call goes over `invoke`, push events come back
 * over `event`. The preload (bundled alone into the sandbox) and the main process both import
 * them from here, so the names cannot drift apart. No imports: the preload bundle stays tiny.
 */
export const IPC_CHANNELS = {
  invoke: 'lontar:invoke',
  event: 'lontar:event',
} as const;
