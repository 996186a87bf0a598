import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page.ts';

export class RecordsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  rows(): Locator {
    return this.page.getByTestId('record-row');
  }

  row(key: string): Locator {
    return this.page.locator(`[data-testid="record-row"][data-record-key="${key}"]`);
  }

  async pick(key: string): Promise<void> {
    await this.row(key).getByRole('checkbox').check();
  }
}
