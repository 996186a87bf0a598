import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { AppPage } from './app-page.ts';

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
}

export class ExportPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** Builds the export in browser mode and downloads every file through its link. */
  async build(format: 'CSV' | 'JSONL' | 'decrees.csv' | 'JDIHN' | 'Daftar Arsip', includePending: boolean): Promise<DownloadedFile[]> {
    await this.page.getByRole('radio', { name: new RegExp(`^${format.replace('.', '\\.')}`) }).check();
    await this.page.getByRole('checkbox', { name: /tertunda|pending/ }).setChecked(includePending);
    await this.page.getByRole('button', { name: /Buat ekspor|Build the export/ }).click();
    const links = this.page.getByTestId('export-file');
    await links.first().waitFor();
    const files: DownloadedFile[] = [];
    for (const link of await links.all()) {
      const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
      files.push({ name: download.suggestedFilename(), bytes: readFileSync(await download.path()) });
    }
    return files;
  }
}
