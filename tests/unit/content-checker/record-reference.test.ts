import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scripts/content-checker/rules/record-reference.ts';
import { checkRecordFixture } from './check-fixture.ts';

describe('record-reference', () => {
	it('passes when every related model exists', () => {
		expect(checkRecordFixture(recordReference, 'case.good.yaml', 'example.yaml', 'cases')).toEqual([]);
	});
	it('names the unknown id on its own line', () => {
		expect(checkRecordFixture(recordReference, 'case.bad.yaml', 'example.yaml', 'cases')).toEqual([
			'15:1 relatedModels: no record "no-such-model" in content/models/; use one of the file names there (without .yaml)',
		]);
	});
});
