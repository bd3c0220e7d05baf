import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv, toJson } from '../../src/data/export.ts';
import { recordCollections, type RecordCollection } from '../../src/schemas/records.ts';
import { site } from '../../src/site.ts';
import { loadRecords } from './load-records.ts';

// A collection publishes files once it has records (src/pages/data/[file].ts); test every one that does.
const published = (Object.keys(recordCollections) as RecordCollection[]).filter((c) => loadRecords(c).length > 0);

it('publishes open data for the model records at least', () => {
	expect(published).toContain('models');
});

describe.each(published)('open data: %s', (collection) => {
	const records = loadRecords(collection);
	const { schema, urlFor } = recordCollections[collection];

	it('JSON carries the licence and every record, each valid against the schema', () => {
		const json = JSON.parse(toJson(collection, records));
		expect(json.licence).toEqual(site.contentLicence);
		expect(json.count).toBe(records.length);
		for (const { id, url, ...data } of json.records) {
			expect(url).toBe(new URL(urlFor(id), site.url).href);
			const result = schema.safeParse(data);
			expect(result.success, `${collection}/${id}: ${result.error?.message}`).toBe(true);
		}
	});

	it('CSV has a header and one row per record, in the same id order as the JSON', () => {
		const rows: Record<string, string>[] = parse(toCsv(collection, records as never), { columns: true });
		expect(rows).toHaveLength(records.length);
		expect(rows.map((row) => row.id)).toEqual(JSON.parse(toJson(collection, records)).records.map((r: { id: string }) => r.id));
		for (const row of rows) {
			expect(row.url).toBe(new URL(urlFor(row.id!), site.url).href);
			expect(row.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});
});
