import { describe, expect, it } from 'vitest';
import { fileName } from '../../../scripts/content-checker/rules/file-name.ts';
import { checkFixture } from './check-fixture.ts';

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
});
