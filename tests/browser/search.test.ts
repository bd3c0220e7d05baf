import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { openSearch } from './search-dialog.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

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
