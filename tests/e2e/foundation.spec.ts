import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startWebHost } from './web-host.ts';

const sharedDir = process.env.LONTAR_SHARED_DIR ?? join(process.cwd(), '..', 'shared');

test('browser mode: import a text article, see it listed, open it and read its text', async ({ page }) => {
  const host = await startWebHost();
  try {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Lontar' })).toBeVisible();
    await expect(page.getByText('Belum ada dokumen')).toBeVisible();

    const article = join(sharedDir, 'corpus', 'dev', 'seed-000.txt');
    await page.getByTestId('import-input').setInputFiles(article);
    const row = page.getByTestId('document-row').filter({ hasText: 'seed-000.txt' });
    await expect(row).toBeVisible();
    await page.screenshot({ path: 'test-results/foundation-library.png', fullPage: true });

    await row.getByRole('button', { name: 'seed-000.txt' }).click();
    const text = page.getByTestId('document-text');
    await expect(text).toContainText('Muba Raih Pengakuan Nasional');
    const expected = readFileSync(article, 'utf8').replace(/\r\n?/g, '\n').normalize('NFC');
    expect(await text.textContent()).toBe(expected);
  } finally {
    await host.stop();
  }
});

test('browser mode refuses to work without the token', async ({ page }) => {
  const host = await startWebHost();
  try {
    await page.goto(host.url.replace(/#token=.*/, ''));
    await expect(page.getByRole('alert')).toContainText('token');
  } finally {
    await host.stop();
  }
});
