import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page.ts';

export class LibraryPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  rows(): Locator {
    return this.page.getByTestId('document-row');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.getByText(name, { exact: true }) });
  }

  activeRow(): Locator {
    return this.page.locator('[data-testid="document-row"][aria-selected="true"]');
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Cari teks dokumen' });
  }

  async importFiles(paths: string[]): Promise<void> {
    await this.page.getByTestId('import-input').setInputFiles(paths);
  }

  /** Waits for an import's summary line and returns it. */
  async waitForImportSummary(timeout = 180_000): Promise<string> {
    const summary = this.page.getByTestId('import-summary').first();
    await summary.waitFor({ timeout });
    return (await summary.textContent()) ?? '';
  }

  /** Moves the keyboard cursor to the row of `name` with j and opens it with Enter, as a clerk would. */
  async openByKeyboard(name: string): Promise<void> {
    await this.blur();
    await this.pressKeys('Home');
    for (let i = 0; i < 50; i++) {
      if (((await this.activeRow().textContent()) ?? '').includes(name)) {
        await this.pressKeys('Enter');
        return;
      }
      await this.pressKeys('j');
    }
    throw new Error(`No row for ${name}`);
  }

  async expectCount(n: number): Promise<void> {
    await expect(this.rows()).toHaveCount(n);
  }
}
