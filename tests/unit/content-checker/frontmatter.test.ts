import { describe, expect, it } from 'vitest';
import { frontmatter } from '../../../scripts/content-checker/rules/frontmatter.ts';
import { checkFixture } from './check-fixture.ts';

describe('frontmatter', () => {
	it('accepts a complete, valid front-matter', () => {
		expect(checkFixture(frontmatter, 'good.mdx')).toEqual([]);
	});
	it('names the field, what was found and what is expected, on the line of the field', () => {
		const findings = checkFixture(frontmatter, 'frontmatter.bad.mdx');
		expect(findings).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^1:1 title: found nothing \(the field is missing\); expected string.*e\.g\. "title: /),
				expect.stringMatching(/^3:1 lastReviewed: found "2024-13-45"; expected .*YYYY-MM-DD/),
				expect.stringMatching(/^4:1 summary: found "Too short\."; expected .*at least 30 characters/),
				expect.stringMatching(/^5:1 lastreviewed: unknown field; did you mean "lastReviewed"\?/),
			]),
		);
		expect(findings).toHaveLength(4);
	});
	it('rejects a review date in the future', () => {
		expect(checkFixture(frontmatter, 'frontmatter-future.bad.mdx')).toEqual([
			expect.stringMatching(/^3:1 lastReviewed: .*must not be in the future/),
		]);
	});
	it('reports missing front-matter as missing required fields', () => {
		const findings = checkFixture(frontmatter, 'frontmatter-missing.bad.mdx');
		expect(findings.some((f) => f.includes('title: found nothing'))).toBe(true);
		expect(findings.some((f) => f.includes('lastReviewed: found nothing'))).toBe(true);
	});
});
