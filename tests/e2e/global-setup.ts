import { build } from 'vite';

/**
 * Builds the browser-mode UI before the specs run, so `npx playwright test` works right after
 * `npm install` and never tests a stale build.
 */
export default async function globalSetup(): Promise<void> {
  await build({ configFile: 'vite.web.config.ts', logLevel: 'warn' });
}
