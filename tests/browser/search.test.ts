import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Open Starlight's search dialog with the keyboard and return its search box. */
async function openSearch(page: Page) {
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

describe('search', () => {
	const cases: [query: string, expectedPath: RegExp][] = [
		['corrections log', /^\/about\/corrections\/$/],
		['neutrality and balance', /^\/about\/methodology\/$/],
		['object permanence', /^\/mechanics\/temporal-consistency\/$/],
		['spacetime patches', /^\/mechanics\/how-text-to-video-works\/$/],
		['Veo', /^\/landscape\/models\/veo-\d\/$/],
		['Content Credentials', /^\/ethics\/provenance-and-detection\/$/],
		['digital replica', /^\/ethics\/consent-and-likeness\/$/],
		['red teaming', /^\/ethics\/safety-and-staged-release\/$/],
	];

	it.each(cases)('opens with the keyboard; "%s" finds the right page first, and a click lands there', async (query, expectedPath) => {
		const page = await openPage(browser, '/');
		const { dialog, input } = await openSearch(page);
		await input.fill(query);
		const first = dialog.locator('.pagefind-ui__result-link').first();
		await first.waitFor({ timeout: 15_000 });
		expect(new URL((await first.getAttribute('href'))!, page.url()).pathname).toMatch(expectedPath);
		await first.click({ timeout: 10_000 });
		await page.waitForURL((url) => expectedPath.test(url.pathname), { timeout: 10_000 });
		await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
		await page.close();
	});
});
