import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page.ts';

export class ReviewPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  text(): Locator {
    return this.page.getByTestId('document-text');
  }

  entities(): Locator {
    return this.page.getByTestId('entity-item');
  }

  /** The panel entry whose normalised value is exactly `value` (the nth when several). */
  entity(value: string, nth = 0): Locator {
    return this.entities()
      .filter({ has: this.page.getByTestId('entity-value').getByText(value, { exact: true }) })
      .nth(nth);
  }

  selected(): Locator {
    return this.page.locator('[data-testid="entity-item"][aria-selected="true"]');
  }

  async expectSelected(value: string): Promise<void> {
    await expect(this.selected().getByTestId('entity-value')).toHaveText(value);
  }

  /** Every change reached the backend ("saved", nothing in flight). */
  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-state')).toHaveText(/Tersimpan|Saved/);
    await expect(this.page.locator('[data-testid="entity-item"][data-saving]')).toHaveCount(0);
  }

  /**
   * Selects `needle` in the document text (its nth occurrence) as a mouse drag would, through a
   * DOM Range over the text nodes.
   */
  async selectText(needle: string, occurrence = 0): Promise<void> {
    await this.text().evaluate(
      (el, [n, k]) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        const full = nodes.map((t) => t.data).join('');
        let at = -1;
        for (let i = 0; i <= (k as number); i++) at = full.indexOf(n as string, at + 1);
        if (at < 0) throw new Error(`"${n}" is not in the text`);
        const point = (offset: number): [Text, number] => {
          let seen = 0;
          for (const t of nodes) {
            if (offset <= seen + t.data.length) return [t, offset - seen];
            seen += t.data.length;
          }
          throw new Error('offset beyond the text');
        };
        const range = document.createRange();
        const [sn, so] = point(at);
        const [en, eo] = point(at + (n as string).length);
        range.setStart(sn, so);
        range.setEnd(en, eo);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      },
      [needle, occurrence] as const,
    );
  }

  pageImage(): Locator {
    return this.page.getByTestId('page-image');
  }
}
