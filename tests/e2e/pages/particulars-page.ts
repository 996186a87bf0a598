import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ReviewPage } from './review-page.ts';

/** The review view's particulars form (the "Rincian" tab of an instrument). */
export class ParticularsPage extends ReviewPage {
  constructor(page: Page) {
    super(page);
  }

  panel(): Locator {
    return this.page.getByTestId('particulars-panel');
  }

  row(field: string): Locator {
    return this.page.locator(`[data-testid="particular-row"][data-field="${field}"]`);
  }

  value(field: string): Locator {
    return this.row(field).getByTestId('particular-value');
  }

  async expectCursor(field: string): Promise<void> {
    await expect(this.page.locator('[data-testid="particular-row"][aria-selected="true"]')).toHaveAttribute('data-field', field);
  }

  /** A field's review state: pending, accepted or edited (the row's st- class). */
  async expectState(field: string, state: 'pending' | 'accepted' | 'edited'): Promise<void> {
    await expect(this.row(field)).toHaveClass(new RegExp(`\\bst-${state}\\b`));
  }

  /** Moves the cursor down with j until it is on `field`. */
  async moveTo(field: string): Promise<void> {
    for (let i = 0; i < 30; i++) {
      const at = await this.page.locator('[data-testid="particular-row"][aria-selected="true"]').getAttribute('data-field');
      if (at === field) return;
      await this.pressKeys('j');
    }
    throw new Error(`No particular ${field}`);
  }

  /** e, select all, type, Enter: the keyboard way to correct a field. */
  async edit(text: string): Promise<void> {
    await this.pressKeys('e');
    await expect(this.panel().locator('.particular-edit input')).toBeFocused();
    await this.pressKeys('Control+a');
    await this.page.keyboard.type(text);
    await this.pressKeys('Enter');
  }

  recordStatus(): Locator {
    return this.page.getByTestId('record-status');
  }
}
