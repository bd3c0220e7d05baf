import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs } from './find-browser.ts';

/** Launch the browser found by global setup; call `close()` in afterAll. */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: inject('browserPath'), args: chromiumArgs, headless: true });
}

/** Open a path of the served site in a fresh page. */
export async function openPage(browser: Browser, path: string): Promise<Page> {
	const page = await browser.newPage();
	await page.goto(new URL(path, inject('baseUrl')).href);
	return page;
}
