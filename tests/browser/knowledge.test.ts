import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newContext, openPage } from './browser.ts';
import { openSearch } from './search-dialog.ts';
import { loadRecords } from '../unit/load-records.ts';
import { token } from '../../src/components/model-labels.ts';
import { buildTimeline } from '../../src/data/timeline.ts';
import { formatDate } from '../../src/dates.ts';
import { capitalise } from '../../src/components/case-labels.ts';

const cases = loadRecords('cases');
const events = loadRecords('events');
const terms = loadRecords('terms');
const timeline = buildTimeline(events, cases, loadRecords('models'));

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const visible = (page: Page, table: string) => page.locator(`${table} tbody tr:not([hidden])`);
const countOf = <T>(list: T[], test: (item: T) => boolean) => list.filter(test).length;

describe('case tracker', () => {
	it('lists every case record without JavaScript, each linking to its page', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL('/law/cases/', inject('baseUrl')).href);
		const ids = await page.locator('.fr-case-table tbody tr').evaluateAll((rows) => rows.map((r) => r.id.replace(/^case-/, '')));
		expect(ids.sort()).toEqual(cases.map((c) => c.id).sort());
		await context.close();
	});

	it('filters by jurisdiction and by status, with counts that match the records', async () => {
		const page = await openPage(browser, '/law/cases/');
		await page.locator('form.fr-filters').waitFor({ state: 'visible' });
		const jurisdiction = page.locator('select[data-filter="jurisdiction"]');
		const status = page.locator('select[data-filter="status"]');

		for (const code of ['us', 'de', 'cn']) {
			await jurisdiction.selectOption(code);
			const expected = countOf(cases, (c) => c.data.jurisdiction === code);
			expect(expected).toBeGreaterThan(0);
			await expect.poll(() => visible(page, '.fr-case-table').count()).toBe(expected);
			await expect(page.locator('[data-count]').textContent()).resolves.toBe(`Showing ${expected} of ${cases.length} cases`);
		}

		await jurisdiction.selectOption('');
		for (const value of ['discovery', 'judgment']) {
			await status.selectOption(token(value));
			await expect.poll(() => visible(page, '.fr-case-table').count()).toBe(countOf(cases, (c) => c.data.status === value));
		}

		await jurisdiction.selectOption('us');
		await status.selectOption('discovery');
		await expect.poll(() => visible(page, '.fr-case-table').count()).toBe(countOf(cases, (c) => c.data.jurisdiction === 'us' && c.data.status === 'discovery'));
		await page.close();
	});

	it('filters from the keyboard alone: Tab to the jurisdiction filter, arrow keys to choose', async () => {
		const page = await openPage(browser, '/law/cases/');
		await page.locator('form.fr-filters').waitFor({ state: 'visible' });
		const jurisdiction = page.locator('select[data-filter="jurisdiction"]');
		// Focus lands on the filter by tabbing from the control just before it, as a keyboard user would.
		await page.locator('form.fr-filters :is(select, button, input)').first().focus();
		for (let i = 0; i < 10 && !(await jurisdiction.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(jurisdiction.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('ArrowDown');
		const chosen = await jurisdiction.inputValue();
		expect(chosen).not.toBe('');
		const expected = countOf(cases, (c) => c.data.jurisdiction === chosen);
		await expect.poll(() => visible(page, '.fr-case-table').count()).toBe(expected);
		await expect(page.locator('[data-count]').textContent()).resolves.toBe(`Showing ${expected} of ${cases.length} cases`);
		await page.close();
	});

	it('opens a case page with its dated ruling history and its timeline entries', async () => {
		const withRulings = cases.find((c) => c.data.rulings.length > 0)!;
		const page = await openPage(browser, `/law/cases/${withRulings.id}/`);
		await expect(page.locator('.fr-rulings > li').count()).resolves.toBe(withRulings.data.rulings.length);
		await expect(page.locator('.fr-record-events > li').count()).resolves.toBe(withRulings.data.rulings.length + 1);
		const status = await page.locator('h2#status + p').textContent();
		expect(status!.replace(/\s+/g, ' ').trim()).toBe(`${capitalise(withRulings.data.status)}, as of ${formatDate(withRulings.data.statusAsOf)}.`);
		await page.close();
	});
});

describe('timeline', () => {
	it('shows every event record without JavaScript, with a chart drawn at build time', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL('/timeline/', inject('baseUrl')).href);
		const ids = new Set(await page.locator('.fr-timeline tbody tr').evaluateAll((rows) => rows.map((r) => r.id)));
		for (const event of events) expect(ids.has(event.id), event.id).toBe(true);
		await expect(page.locator('figure.fr-chart svg[role="img"] rect').count()).resolves.toBeGreaterThan(10);
		await context.close();
	});

	it('filters by kind and by year', async () => {
		const page = await openPage(browser, '/timeline/');
		await page.locator('form.fr-filters').waitFor({ state: 'visible' });
		const all = await page.locator('.fr-timeline tbody tr').count();
		expect(all).toBe(timeline.length);
		await page.locator('select[data-filter="kind"]').selectOption(token('law in force'));
		const kinds = await visible(page, '.fr-timeline').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind));
		expect(kinds.length).toBeGreaterThan(0);
		expect(kinds.length).toBeLessThan(all);
		expect(new Set(kinds)).toEqual(new Set(['law-in-force']));

		await page.locator('select[data-filter="kind"]').selectOption('');
		await page.locator('select[data-filter="year"]').selectOption('2025');
		const years = await visible(page, '.fr-timeline').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.year));
		expect(years.length).toBe(timeline.filter((e) => e.date.startsWith('2025')).length);
		expect(new Set(years)).toEqual(new Set(['2025']));
		await page.close();
	});
});

describe('glossary and <Term>', () => {
	it('gives every term a stable anchor on the glossary page', async () => {
		const page = await openPage(browser, '/glossary/');
		const ids = await page.locator('article.fr-term-entry h3').evaluateAll((hs) => hs.map((h) => h.id));
		expect(ids.sort()).toEqual(terms.map((t) => t.id).sort());
		await page.close();
	});

	it('shows a term\'s definition on keyboard focus, hides it on Escape, and links to the entry', async () => {
		const page = await openPage(browser, '/mechanics/how-text-to-video-works/');
		const term = page.locator('.fr-term').first();
		const link = term.locator('a');
		const tip = term.locator('[role="tooltip"]');
		await expect(tip.isVisible()).resolves.toBe(false);
		await link.focus();
		await expect.poll(() => tip.isVisible()).toBe(true);
		const id = (await link.getAttribute('href'))!.split('#')[1]!;
		const record = terms.find((t) => t.id === id)!;
		await expect(tip.textContent()).resolves.toContain(record.data.short);
		await expect(link.evaluate((a) => document.getElementById(a.getAttribute('aria-describedby')!)?.textContent)).resolves.toContain(record.data.short);
		await page.keyboard.press('Escape');
		await expect.poll(() => tip.isVisible()).toBe(false);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === '/glossary/' && url.hash === `#${id}`);
		await page.close();
	});

	it('shows the definition on the first tap and follows the link on the second', async () => {
		const context = await newContext(browser, { hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
		const page = await context.newPage();
		await page.goto(new URL('/mechanics/how-text-to-video-works/', inject('baseUrl')).href);
		const term = page.locator('.fr-term').first();
		await term.locator('a').scrollIntoViewIfNeeded();
		await term.locator('a').tap();
		await expect.poll(() => term.locator('[role="tooltip"]').isVisible()).toBe(true);
		expect(new URL(page.url()).pathname).toBe('/mechanics/how-text-to-video-works/');
		await term.locator('a').tap();
		await page.waitForURL((url) => url.pathname === '/glossary/');
		await context.close();
	});
});

describe('search filters', () => {
	it('offers type and section filters, and the case filter keeps only case pages', async () => {
		const page = await openPage(browser, '/');
		const { dialog, input } = await openSearch(page);
		await input.fill('Midjourney');
		await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		const typeFilter = dialog.locator('.pagefind-ui__filter-block', { hasText: 'type' });
		await expect(dialog.locator('.pagefind-ui__filter-block', { hasText: 'section' }).count()).resolves.toBe(1);
		if (!(await typeFilter.locator('input[value="case"]').isVisible())) await typeFilter.locator('summary').click();
		await typeFilter.locator('input[value="case"]').check();
		await expect
			.poll(async () => {
				const hrefs = await dialog.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
				return hrefs.length > 0 && hrefs.every((path) => /^\/law\/cases\/[^/]+\/$/.test(path));
			}, { timeout: 10_000 })
			.toBe(true);
		await page.close();
	});

	it('finds a case page first when searching for its short name', async () => {
		const page = await openPage(browser, '/');
		const { dialog, input } = await openSearch(page);
		await input.fill('Kadrey v. Meta');
		const first = dialog.locator('.pagefind-ui__result-link').first();
		await first.waitFor({ timeout: 15_000 });
		expect(new URL((await first.getAttribute('href'))!, page.url()).pathname).toBe('/law/cases/kadrey-v-meta/');
		await page.close();
	});
});
