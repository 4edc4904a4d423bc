// What the widget browser tests share: the widget on the page, and showing one by its id.
import type { Page } from '@playwright/test';

/** The widget with this id, in its host element. */
export const widget = (page: Page, id = 'nps') => page.locator(`microjourney-widget[data-widget-id="${id}"]`);

/** Shows the widget with this id through the page's public API. */
export const show = (page: Page, id = 'nps') => page.evaluate((w) => (window as any).microjourney.show(w), id);
