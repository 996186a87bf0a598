import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { AppPage } from './app-page.ts';

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
}

/** The dataset's formats: in browser mode they download as one zip the host streams. */
const ARCHIVED = ['CSV', 'JSONL'];

export class ExportPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** Builds the export in browser mode and downloads it: the files of the zip, or every file through its link. */
  async build(format: 'CSV' | 'JSONL' | 'decrees.csv' | 'JDIHN' | 'Daftar Arsip', includePending: boolean): Promise<DownloadedFile[]> {
    await this.page.getByRole('radio', { name: new RegExp(`^${format.replace('.', '\\.')}`) }).check();
    await this.page.getByRole('checkbox', { name: /tertunda|pending/ }).setChecked(includePending);
    if (ARCHIVED.includes(format)) {
      const [download] = await Promise.all([
        this.page.waitForEvent('download'),
        this.page.getByRole('button', { name: /Buat ekspor|Build the export/ }).click(),
      ]);
      return unzip(await download.path());
    }
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

/** The files of the downloaded zip's one folder, unpacked by Python's zipfile (not the writer's own code). */
function unzip(archive: string): DownloadedFile[] {
  const into = mkdtempSync(join(tmpdir(), 'lontar-e2e-zip-'));
  try {
    const result = spawnSync('/usr/bin/python3', ['-m', 'zipfile', '-e', archive, into], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`the download is not a zip: ${result.stderr}`);
    const [folder] = readdirSync(into);
    const dir = join(into, folder!);
    return readdirSync(dir)
      .sort()
      .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  } finally {
    rmSync(into, { recursive: true, force: true });
  }
}
