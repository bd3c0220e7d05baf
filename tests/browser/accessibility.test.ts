import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { launchBrowser, newContext } from './browser.ts';
import { sitemapPaths } from './site-pages.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Violations as "rule: target" lines, readable in a failing test's diff. */
function describeViolations(results: AxeResults) {
	return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${v.help}`));
}

describe.each(['light', 'dark'] as const)('WCAG 2.2 A and AA in the %s theme', (theme) => {
	it.each(sitemapPaths())('%s', async (path) => {
		// bypassCSP lets the test inject axe; the pages' own policy is checked in layout.test.ts.
		const context = await newContext(browser, { serviceWorkers: 'block', bypassCSP: true });
		// Starlight reads the chosen theme from localStorage before the page paints.
		await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		const page = await context.newPage();
		try {
			await page.goto(new URL(path, inject('baseUrl')).href);
			await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			await page.addScriptTag({ content: axeSource });
			const results = await page.evaluate((tags) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: { type: 'tag', values: tags } }), wcag);
			expect(describeViolations(results)).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
