import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const budgets: { pages: Record<string, { path: string; html: number; css: number; js: number }> } = JSON.parse(
	readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'),
);

describe('byte budgets (gzipped, first visit)', () => {
	it.each(Object.entries(budgets.pages))('%s stays within its budget', (_type, { path, ...budget }) => {
		const weight = pageWeight(dist, path);
		expect(weight.html, `${path} HTML`).toBeLessThanOrEqual(budget.html);
		expect(weight.css, `${path} CSS`).toBeLessThanOrEqual(budget.css);
		expect(weight.js, `${path} JS`).toBeLessThanOrEqual(budget.js);
	});
});
