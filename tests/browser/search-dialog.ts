import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Open Starlight's search dialog with the keyboard and return it and its focused search box. */
export async function openSearch(page: Page) {
	// Starlight binds Ctrl+K once its search script has loaded, and builds the search box when the
	// browser is idle; a dialog opened before that gets no focused box (Starlight behaviour).
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
	await page.locator('#starlight__search input').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	const dialog = page.locator('dialog[open]');
	await expect.poll(() => dialog.isVisible()).toBe(true);
	const input = dialog.getByRole('textbox', { name: 'Search' });
	await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
	return { dialog, input };
}
