import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlOf, linkedStylesheets, pageWeight, upFrontScripts } from '../../scripts/page-weight.ts';
import { sitemapPaths } from './site-pages.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const budgets: { pages: Record<string, { path: string; html: number; css: number; js: number }> } = JSON.parse(
	readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'),
);
const CHECKER = '/ethics/check-a-file/';

describe('byte budgets (gzipped, first visit)', () => {
	it.each(Object.entries(budgets.pages))('%s stays within its budget', (_type, { path, ...budget }) => {
		const weight = pageWeight(dist, path);
		expect(weight.html, `${path} HTML`).toBeLessThanOrEqual(budget.html);
		expect(weight.css, `${path} CSS`).toBeLessThanOrEqual(budget.css);
		expect(weight.js, `${path} JS`).toBeLessThanOrEqual(budget.js);
	});

	it('the Content Credentials SDK costs no page anything up front, and only the checker can load it', () => {
		const mentionsSdk = (file: string) => /c2pa_bg\.[\w-]+\.wasm|createC2pa|c2pa-reader/.test(readFileSync(join(dist, file), 'utf8'));
		const loadingIt = sitemapPaths().filter((path) => [...upFrontScripts(dist, path)].some(mentionsSdk));
		// The checker's own script only holds a lazy import() of the reader chunk, which holds the SDK.
		expect(loadingIt).toEqual([CHECKER]);
		const checkerScripts = [...upFrontScripts(dist, CHECKER)];
		expect(checkerScripts.some((file) => readFileSync(join(dist, file), 'utf8').includes('c2pa_bg.'))).toBe(false);
	});

	describe('an optional feature costs nothing on a page that does not use it', () => {
		// Each feature: how a page shows that it uses it, and names its scripts and scoped styles cannot do without
		// (scoped rules read `.class:where(.astro-…)`; the print stylesheet's site-wide list of hidden classes does not count).
		const features = {
			'glossary term tips': { used: /class="fr-term[\s"]/, code: /termTips|\.fr-term:where/ },
			'filterable tables': { used: /<fr-filter-table/, code: /fr-filter-table|\.fr-filters:where/ },
			diagrams: { used: /class="fr-figure/, code: /\.fr-figure/ },
			'timeline chart': { used: /class="fr-chart/, code: /\.fr-chart/ },
			'Content Credentials checker': { used: /<fr-credentials-checker/, code: /fr-credentials-checker|\.fr-c2pa/ },
			// Starlight's CardGrid and LinkCard, on the home and section pages only (its Footer imports them all; see ours).
			'section cards': { used: /class="card-grid/, code: /\.card-grid:where|\.sl-link-card:where/ },
		};
		/** A page's markup without its code, and every script and stylesheet a first visit loads with it. */
		const split = (path: string) => {
			const html = htmlOf(dist, path);
			const inline = [...html.matchAll(/<(script|style)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!);
			const linkedCss = linkedStylesheets(html).map((file) => readFileSync(join(dist, file), 'utf8'));
			const scripts = [...upFrontScripts(dist, path)].map((file) => readFileSync(join(dist, file), 'utf8'));
			return { markup: html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ''), code: [...inline, ...linkedCss, ...scripts] };
		};
		const pages = sitemapPaths().map((path) => ({ path, ...split(path) }));

		it.each(Object.entries(features))('%s', (_name, { used, code }) => {
			const users = pages.filter((page) => used.test(page.markup));
			expect(users.length, 'no page uses the feature; its markers are out of date').toBeGreaterThan(0);
			expect(users.every((page) => page.code.some((block) => code.test(block))), 'a page using it carries none of its code; the code marker is out of date').toBe(true);
			const paying = pages.filter((page) => !used.test(page.markup) && page.code.some((block) => code.test(block))).map((page) => page.path);
			expect(paying).toEqual([]);
		});
	});
});
