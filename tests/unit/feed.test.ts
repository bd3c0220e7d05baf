import { readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allChanges, feedOptions, type PageWithChanges } from '../../src/data/changes.ts';
import { changeSchema } from '../../src/schemas/change.ts';
import { site } from '../../src/site.ts';

/** The site's pages with their change histories, read from content/docs as the build reads them. */
async function pages(): Promise<PageWithChanges[]> {
	const found: PageWithChanges[] = [];
	for await (const filePath of glob('content/docs/**/*.mdx')) {
		const data = parse(readFileSync(filePath, 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]!);
		const changes = (data.changes ?? []).map((change: unknown) => changeSchema.parse(change));
		found.push({ id: filePath.replace(/^content\/docs\/|\.mdx$/g, ''), filePath, data: { title: data.title, changes } });
	}
	return found;
}

const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

describe('the "What\'s new" feed', () => {
	it('is well-formed RSS 2.0 with the elements the specification requires', async () => {
		const changes = allChanges(await pages());
		expect(changes.length).toBeGreaterThan(0);
		const xml = await getRssString(feedOptions(changes));
		expect(XMLValidator.validate(xml)).toBe(true);
		const { rss } = new XMLParser({ ignoreAttributes: false }).parse(xml);
		expect(rss['@_version']).toBe('2.0');
		const { channel } = rss;
		expect(channel.title).toContain(site.name);
		expect(channel.link).toMatch(/^https:\/\//);
		expect(channel.description).toBeTruthy();
		const items = [channel.item].flat();
		expect(items).toHaveLength(Math.min(changes.length, 100));
		for (const item of items) {
			expect(item.title).toBeTruthy();
			expect(item.link).toMatch(new RegExp(`^${site.url}/about/changes/#change-\\d{4}-\\d{2}-\\d{2}-`));
			expect(item.pubDate).toMatch(rfc822);
		}
		const guids = items.map((item) => item.guid['#text']);
		expect(new Set(guids).size).toBe(guids.length);
	});

	it('lists corrections on their own, each with its source', () => {
		const source = { title: 'Order', publisher: 'Court', url: 'https://example.org/order' };
		const page = (id: string, changes: PageWithChanges['data']['changes']) => ({ id, filePath: `content/docs/${id}.mdx`, data: { title: id, changes } });
		const changes = [
			page('law/index', [changeSchema.parse({ date: '2026-01-02', summary: 'First published.' })]),
			page('law/fair-use', [changeSchema.parse({ date: '2026-02-03', kind: 'correction', summary: 'The ruling was on 23 June, not 25 June.', source })]),
		];
		expect(allChanges(changes).map((c) => c.url)).toEqual(['/law/fair-use/', '/law/']);
		expect(allChanges(changes, 'correction')).toEqual([expect.objectContaining({ kind: 'correction', source, anchor: 'change-2026-02-03-law-fair-use' })]);
		expect(() => changeSchema.parse({ date: '2026-02-03', kind: 'correction', summary: 'Fixed a wrong date.' })).toThrow(/needs the source/);
	});
});
