import { describe, expect, it } from 'vitest';
import { cleanSourceUrl, sourceUrl } from '../../../scripts/content-checker/rules/source-url.ts';
import { checkFixture, checkRecordFixture } from './check-fixture.ts';

describe('source-url', () => {
	it('leaves clean addresses, meaningful parameters and fragments alone', () => {
		expect(checkFixture(sourceUrl, 'good.mdx')).toEqual([]);
		expect(cleanSourceUrl('https://example.org/page?page=2#section')).toBeUndefined();
	});
	it('suggests the address without tracking parameters or a trailing host dot', () => {
		expect(checkFixture(sourceUrl, 'source-url.bad.mdx')).toEqual([
			'8:21 source URL carries tracking or an odd host; cite "https://example.org/story/?id=7"',
			'9:17 source URL carries tracking or an odd host; cite "https://huggingface.co/org/model"',
		]);
	});
	it('checks the url fields of records too', () => {
		expect(checkRecordFixture(sourceUrl, 'model-tracked.bad.yaml')).toEqual([
			'4:1 source URL carries tracking or an odd host; cite "https://example.org/models/x?hl=en"',
		]);
	});
});
