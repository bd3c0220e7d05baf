import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from './browser.ts';
import { sitemapPaths } from './site-pages.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('every page on a 375 px phone', () => {
	it.each(sitemapPaths())('%s: no sideways scrolling, body text at least 16 px, nothing from elsewhere, nothing the CSP blocks', async (path) => {
		const context = await newContext(browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
		const blocked: string[] = [];
		await context.exposeFunction('reportCspViolation', (violation: string) => blocked.push(violation));
		await context.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (event) =>
				(window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI} line ${event.lineNumber}`),
			),
		);
		const page = await context.newPage();
		const origin = new URL(inject('baseUrl')).origin;
		const elsewhere: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) elsewhere.push(request.url());
		});
		try {
			await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
			const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
			expect(scrollWidth, 'page is wider than the screen').toBeLessThanOrEqual(innerWidth);
			const smallText = await page.evaluate(() =>
				[...document.querySelectorAll('main .sl-markdown-content > p, main .sl-markdown-content > ul > li, main .sl-markdown-content > ol > li')]
					.filter((el) => parseFloat(getComputedStyle(el).fontSize) < 16)
					.map((el) => el.textContent?.slice(0, 40)),
			);
			expect(smallText).toEqual([]);
			expect(elsewhere).toEqual([]);
			expect(blocked).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

describe('keyboard', () => {
	it('the skip link is the first stop and moves focus to the content', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(`${inject('baseUrl')}/law/`);
		await page.keyboard.press('Tab');
		const skip = page.locator(':focus');
		await expect(skip.textContent()).resolves.toMatch(/skip to content/i);
		await expect(skip.evaluate((el) => el.getBoundingClientRect().height > 0)).resolves.toBe(true);
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => location.hash)).resolves.toBe('#_top');
		await context.close();
	});

	it('the search dialog keeps focus inside while open and closes with Escape, returning focus', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(`${inject('baseUrl')}/law/`);
		await page.locator('#starlight__search input').waitFor({ state: 'attached' });
		const opener = page.locator('site-search button[data-open-modal]');
		await opener.focus();
		await page.keyboard.press('Enter');
		const dialog = page.locator('dialog[open]');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		// A modal dialog makes the rest of the page inert: Tab cycles through the dialog (and the browser's
		// own controls, seen here as <body>), never onto the page behind it.
		const outside: string[] = [];
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const where = await page.evaluate(() => {
				const el = document.activeElement;
				return !el || el === document.body || el.closest('dialog[open]') ? null : el.outerHTML.slice(0, 80);
			});
			if (where) outside.push(where);
		}
		expect(outside).toEqual([]);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.count()).toBe(0);
		await expect(opener.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await context.close();
	});

	it('shows a visible focus indicator on links and buttons', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(`${inject('baseUrl')}/landscape/models/`);
		await page.locator('form.fr-filters').waitFor({ state: 'visible' });
		for (const selector of ['.sl-markdown-content a[href]', 'select[data-filter="developer"]', 'th button.fr-sort']) {
			await page.locator(selector).first().focus();
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Tab');
			const outline = await page.locator(selector).first().evaluate((el) => {
				const style = getComputedStyle(el);
				return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? style.outlineWidth : style.boxShadow !== 'none' ? 'shadow' : 'none';
			});
			expect(outline, `${selector} shows no focus indicator`).not.toBe('none');
		}
		await context.close();
	});
});
