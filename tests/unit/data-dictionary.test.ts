import { describe, expect, it } from 'vitest';
import { dictionaryOf } from '../../src/data/dictionary.ts';
import { csvColumns, derivedCsvColumns } from '../../src/data/export.ts';
import { recordCollections, type RecordCollection } from '../../src/schemas/records.ts';
import { loadRecords } from './load-records.ts';

describe('data dictionary', () => {
	const cases = dictionaryOf(recordCollections.cases.schema);
	const field = (path: string) => cases.find((f) => f.path === path);

	it('lists nested fields and list items by path, with type, requiredness and description', () => {
		expect(field('parties.claimants')).toMatchObject({ type: 'list of string', required: true });
		expect(field('rulings[].date')).toMatchObject({ type: 'date (YYYY-MM-DD, YYYY-MM or YYYY)', required: true, description: 'Day of the decision' });
		expect(field('caseNumber')).toMatchObject({ required: false });
		expect(field('sources[].url')).toMatchObject({ type: 'URL' });
	});
	it('gives the fixed vocabularies', () => {
		expect(field('status')!.values).toContain('motion to dismiss');
		expect(field('media')!.values).toContain('video');
	});
	it('describes every field of every collection', () => {
		for (const collection of Object.keys(recordCollections) as RecordCollection[]) {
			const undescribed = dictionaryOf(recordCollections[collection].schema).filter((f) => !f.description).map((f) => `${collection}: ${f.path}`);
			expect(undescribed).toEqual([]);
		}
	});
	it('describes every CSV column, from the schema or from the list of derived columns', () => {
		for (const collection of Object.keys(recordCollections) as RecordCollection[]) {
			const [sample] = loadRecords(collection);
			if (!sample) continue;
			const topLevel = new Set(dictionaryOf(recordCollections[collection].schema).map((f) => f.path));
			const missing = csvColumns(collection, sample as never).filter((c) => c !== 'id' && !topLevel.has(c) && !derivedCsvColumns[collection][c]);
			expect(missing, collection).toEqual([]);
		}
	});
});
