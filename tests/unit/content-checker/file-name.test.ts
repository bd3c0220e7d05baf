import { describe, expect, it } from 'vitest';
import { fileName } from '../../../scripts/content-checker/rules/file-name.ts';
import { checkFixture, checkRecordFixture } from './check-fixture.ts';

describe('file-name', () => {
	it('accepts lowercase hyphenated paths and the 404 page', () => {
		expect(checkFixture(fileName, 'good.mdx', 'law/fair-use-2025.mdx')).toEqual([]);
		expect(checkFixture(fileName, 'good.mdx', '404.md')).toEqual([]);
	});
	it('rejects capitals, spaces and underscores, and suggests a name', () => {
		expect(checkFixture(fileName, 'good.mdx', 'Law/Fair Use.mdx')).toEqual([
			'1:1 "Law", "Fair Use" is not a URL-safe name; rename to lowercase words joined by hyphens, e.g. "law"',
		]);
		expect(checkFixture(fileName, 'good.mdx', 'law/fair_use.mdx')).toHaveLength(1);
	});
	it('applies to record ids too', () => {
		expect(checkRecordFixture(fileName, 'model.good.yaml', 'sora-2.yaml')).toEqual([]);
		expect(checkRecordFixture(fileName, 'model.good.yaml', 'Sora 2.yaml')).toEqual([
			'1:1 "Sora 2" is not a URL-safe name; rename to lowercase words joined by hyphens, e.g. "sora-2"',
		]);
	});
});
