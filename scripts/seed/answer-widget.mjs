// How a simulated visitor meets a survey widget: waits for it (briefly), then answers it as
// planned or dismisses it with Escape, through the same clicks and keys a person would use.

const widget = (page, id) => page.locator(`microjourney-widget[data-widget-id="${id}"]`);

/** Whether the widget `id` appeared within `ms` (real milliseconds; the rules decide if it shows at all). */
export async function appears(page, id, ms) {
  try {
    await widget(page, id).getByRole('radio').first().waitFor({ state: 'visible', timeout: ms });
    return true;
  } catch {
    return false;
  }
}

/** Escape from inside the widget: a dismissal. */
export async function dismiss(page, id) {
  await widget(page, id).getByRole('radio').first().focus();
  await page.keyboard.press('Escape');
  await widget(page, id).waitFor({ state: 'detached', timeout: 5000 });
}

/** Chooses the `index`th option, writes `comment` if any, sends, and waits for the thanks. */
export async function answer(page, id, index, comment = '') {
  const w = widget(page, id);
  await w.getByRole('radio').nth(index).click();
  if (comment) await w.locator('textarea').fill(comment);
  await w.locator('.mj-send').click();
  await w.getByRole('status').waitFor({ timeout: 5000 });
}
