import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newContext, openPage } from './browser.ts';

const recordIds = readdirSync(new URL('../../content/models/', import.meta.url))
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => file.replace(/\.yaml$/, ''));

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const visibleRows = (page: Page) => page.locator('.fr-model-table tbody tr:not([hidden])');

describe('model comparison table', () => {
	it('renders every record as a row, readable without JavaScript', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL('/landscape/models/', inject('baseUrl')).href);
		const rowIds = await page.locator('.fr-model-table tbody tr').evaluateAll((rows) => rows.map((r) => r.id.replace(/^model-/, '')));
		expect(rowIds.sort()).toEqual([...recordIds].sort());
		await expect(page.locator('form.fr-filters').isVisible()).resolves.toBe(false);
		await context.close();
	});

	it('filters by developer and by weights, says how many rows show, and clears', async () => {
		const page = await openPage(browser, '/landscape/models/');
		const form = page.locator('form.fr-filters');
		await form.waitFor({ state: 'visible' });

		await page.locator('select[data-filter="developer"]').selectOption({ label: 'OpenAI' });
		const openaiRows = await visibleRows(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.developer));
		expect(openaiRows.length).toBeGreaterThan(0);
		expect(openaiRows.length).toBeLessThan(recordIds.length);
		expect(new Set(openaiRows)).toEqual(new Set(['openai']));
		await expect(page.locator('[data-count]').textContent()).resolves.toBe(`Showing ${openaiRows.length} of ${recordIds.length} models`);

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(() => visibleRows(page).count()).toBe(recordIds.length);

		await page.locator('select[data-filter="weights"]').selectOption('open');
		const weights = await visibleRows(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.weights));
		expect(weights.length).toBeGreaterThan(0);
		expect(new Set(weights)).toEqual(new Set(['open']));
		await page.close();
	});

	it('sorts by a column when its heading is activated from the keyboard', async () => {
		const page = await openPage(browser, '/landscape/models/');
		const sortButton = page.getByRole('button', { name: 'Longest clip' });
		await sortButton.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('th[aria-sort="ascending"]').textContent()).resolves.toContain('Longest clip');
		const values = await page.locator('.fr-model-table tbody tr td:nth-of-type(4)').evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
		expect(values).toEqual([...values].sort((a, b) => a - b));
		await page.keyboard.press('Enter');
		await expect(page.locator('th[aria-sort="descending"]').count()).resolves.toBe(1);
		await page.close();
	});

	it('links each model to its own page with dated sources', async () => {
		const page = await openPage(browser, '/landscape/models/');
		const first = page.locator('.fr-model-table tbody tr th a').first();
		const name = (await first.textContent())!.trim();
		await first.click();
		await page.waitForURL(/\/landscape\/models\/[a-z0-9-]+\/$/);
		await expect(page.locator('h1').first().textContent()).resolves.toBe(name);
		expect(await page.locator('.fr-sources li a[href^="http"]').count()).toBeGreaterThan(0);
		await expect(page.locator('.fr-page-meta time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
		await page.close();
	});
});
