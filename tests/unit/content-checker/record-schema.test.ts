import { describe, expect, it } from 'vitest';
import { recordSchema } from '../../../scripts/content-checker/rules/record-schema.ts';
import { checkFixture, checkRecordFixture } from './check-fixture.ts';

describe('record-schema', () => {
	it('passes a complete model record, with a date known only to the month', () => {
		expect(checkRecordFixture(recordSchema, 'model.good.yaml')).toEqual([]);
	});
	it('names each wrong field on its own line, with what was found and what is expected', () => {
		const findings = checkRecordFixture(recordSchema, 'model.bad.yaml');
		expect(findings).toEqual(
			expect.arrayContaining([
				'4:1 announced: found "spring 2024"; expected YYYY-MM-DD, YYYY-MM or YYYY — the field is: First public announcement',
				expect.stringMatching(/^8:1 access\.0: found "website"; expected one of "consumer app"\|"web app"/),
				'9:1 maxDurationAtLaunch: found "sixty"; expected a number of seconds, e.g. 20, or "not disclosed" — the field is: Longest single clip at launch, in seconds',
				expect.stringMatching(/^14:1 provenance\.c2pa\.answer: found "maybe"; expected one of "yes"\|"no"\|"not disclosed"/),
				'23:1 sources.0.url: found "example.org/no-scheme"; expected a full http(s) URL, e.g. https://example.org/page — the field is: Where a reader can open the source',
				expect.stringMatching(/^25:1 record: unknown field "releaseNotes"/),
			]),
		);
	});
	it('enforces conditional requirements: a discontinued model needs its date, open weights need a licence', () => {
		const findings = checkRecordFixture(recordSchema, 'model-conditional.bad.yaml');
		expect(findings).toHaveLength(2);
		expect(findings.some((f) => f.includes('discontinued: found nothing (the field is missing); expected a discontinued model needs the date'))).toBe(true);
		expect(findings.some((f) => f.includes('weightsLicence: found nothing (the field is missing); expected open-weight models need the licence'))).toBe(true);
	});
	it('passes a complete case record with rulings oldest first', () => {
		expect(checkRecordFixture(recordSchema, 'case.good.yaml', 'example.yaml', 'cases')).toEqual([]);
	});
	it('rejects unknown vocabulary in a case and enforces a ruling for decided statuses', () => {
		const findings = checkRecordFixture(recordSchema, 'case.bad.yaml', 'example.yaml', 'cases');
		expect(findings).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^3:1 jurisdiction: found "mars"; expected one of "us"\|"uk"/),
				expect.stringMatching(/^9:1 media\.0: found "hologram"; expected one of "image"/),
			]),
		);
		const valid = checkRecordFixture(recordSchema, 'case-decided-no-ruling.bad.yaml', 'example.yaml', 'cases');
		expect(valid).toEqual(['13:1 rulings: found []; expected a case with status "judgment" needs at least one ruling with its date and source — the field is: Key decisions, oldest first']);
	});
	it('ignores pages', () => {
		expect(checkFixture(recordSchema, 'good.mdx')).toEqual([]);
	});
});
