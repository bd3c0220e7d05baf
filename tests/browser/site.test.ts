import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { editBaseUrl } from '../../src/site.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('home page', () => {
	it('renders the site name and entry points for readers, educators and contributors', async () => {
		const page = await openPage(browser, '/');
		expect(await page.title()).toContain('Frames & Rights');
		await expect(page.locator('h1').first().textContent()).resolves.toContain('Frames & Rights');
		for (const audience of ['Readers', 'Educators', 'Contributors']) {
			expect(await page.getByRole('heading', { name: audience }).count()).toBeGreaterThan(0);
		}
		await page.close();
	});
});

describe('content page', () => {
	it('shows its last-reviewed date and links "Edit page" to its source file on GitHub', async () => {
		const page = await openPage(browser, '/about/methodology/');
		const reviewed = page.locator('.fr-page-meta time');
		await expect(reviewed.getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
		await expect(reviewed.textContent()).resolves.toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
		const edit = page.getByRole('link', { name: /Edit page/ });
		await expect(edit.getAttribute('href')).resolves.toBe(`${editBaseUrl}content/docs/about/methodology.mdx`);
		await page.close();
	});
});

describe('links and citations for educators', () => {
	it('offers a keyboard-reachable "copy link" for each section, and copies its full address', async () => {
		const page = await openPage(browser, '/about/methodology/');
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		const button = page.getByRole('button', { name: 'Copy link to section: Corrections' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => button.textContent()).toBe('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).pathname + new URL(copied).hash).toBe('/about/methodology/#corrections');
		await page.close();
	});

	it('cites the page in every style, and the section a reader arrived at', async () => {
		const page = await openPage(browser, '/about/methodology/#corrections');
		const cite = page.locator('.fr-cite');
		await expect(cite.locator('#citation-apa').textContent()).resolves.toMatch(/Frames & Rights contributors\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. Methodology\. Frames & Rights\. Retrieved/);
		for (const style of ['mla', 'chicago', 'bibtex', 'ris']) {
			await expect(cite.locator(`#citation-${style}`).textContent()).resolves.toContain('/about/methodology/');
		}
		await expect.poll(() => cite.locator('[data-section-link]').textContent()).toMatch(/\/about\/methodology\/#corrections$/);
		await page.close();
	});
});
