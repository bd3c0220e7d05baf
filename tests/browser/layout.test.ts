import { readFileSync } from 'node:fs';
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

/** One page of each type, read at a phone's width and a laptop's; each type's page is the one its byte budget names. */
const pageTypes = ['home', 'article', 'comparison table', 'case tracker', 'case page', 'timeline', 'glossary'];
const budgetPages: Record<string, { path: string }> = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')).pages;
const widths = [375, 1280];

describe('every page type at 375 px and 1280 px', () => {
	it.each(pageTypes.flatMap((type) => widths.map((width) => [type, budgetPages[type]!.path, width] as const)))(
		'%s (%s) at %i px: no sideways scrolling, tap targets at least 24 px, text at least 16 px',
		async (_type, path, width) => {
			const phone = width < 500;
			const context = await newContext(browser, { viewport: { width, height: 900 }, isMobile: phone, hasTouch: phone, serviceWorkers: 'block' });
			const page = await context.newPage();
			try {
				await page.goto(`${inject('baseUrl')}${path}`, { waitUntil: 'networkidle' });
				const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
				expect(scrollWidth, 'page is wider than the window').toBeLessThanOrEqual(innerWidth);
				// WCAG 2.5.8: controls are at least 24 by 24 CSS pixels. Links in sentences and in spaced lists fall
				// under its inline and spacing exceptions, which axe's target-size rule checks on every page.
				const small = await page.evaluate(() =>
					[...document.querySelectorAll<HTMLElement>('button, select, input:not([type="hidden"]), summary, [role="button"], header a, nav.sidebar a')]
						.filter((el) => el.checkVisibility() && el.getClientRects().length > 0)
						.map((el) => ({ el, box: el.getBoundingClientRect() }))
						.filter(({ box }) => Math.round(box.width) < 24 || Math.round(box.height) < 24)
						.map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
				);
				expect(small, 'controls smaller than 24 px').toEqual([]);
				const smallText = await page.evaluate(() =>
					[...document.querySelectorAll('main .sl-markdown-content > p, main .sl-markdown-content > ul > li, main .sl-markdown-content > ol > li, main td')]
						.filter((el) => parseFloat(getComputedStyle(el).fontSize) < 16)
						.map((el) => el.textContent?.trim().slice(0, 40)),
				);
				expect(smallText, 'text smaller than 16 px').toEqual([]);
			} finally {
				await context.close();
			}
		},
	);
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
