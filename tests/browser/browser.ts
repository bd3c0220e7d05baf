import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs } from './find-browser.ts';

/** Launch the browser found by global setup; call `close()` in afterAll. */
export async function launchBrowser(executablePath: string = inject('browserPath')): Promise<Browser> {
	return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/**
 * A fresh browser context (its own storage and service workers) for one test.
 * The headless Chromium shell sometimes never runs requestIdleCallback callbacks
 * (measured: 3 page loads in 40, with or without a service worker), which leaves
 * Starlight's search box unbuilt. Browsers with a screen do run them; here every
 * idle callback gets the standard `timeout` option so it runs within 500 ms.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	context.setDefaultTimeout(10_000); // well under the test timeout, so a stuck step fails with its own message
	await context.addInitScript(() => {
		const requestIdle = window.requestIdleCallback.bind(window);
		window.requestIdleCallback = (callback, options) => requestIdle(callback, { timeout: 500, ...options });
	});
	return context;
}

/** Open a path of the served site in a page of its own fresh context; closing the page is enough. */
export async function openPage(browser: Browser, path: string, base: string = inject('baseUrl')): Promise<Page> {
	const context = await newContext(browser);
	const page = await context.newPage();
	// The browser may already be closing (afterAll); a context that is gone needs no closing.
	page.on('close', () => context.close().catch(() => undefined));
	await page.goto(new URL(path, base).href);
	return page;
}
