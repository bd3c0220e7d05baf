import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight, upFrontScripts } from '../../scripts/page-weight.ts';
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
});
