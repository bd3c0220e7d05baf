import { describe, expect, it } from 'vitest';
import { noEmptySection } from '../../../scripts/content-checker/rules/no-empty-section.ts';
import { checkFixture } from './check-fixture.ts';

describe('no-empty-section', () => {
	it('passes headings followed by content or by their own sub-sections', () => {
		expect(checkFixture(noEmptySection, 'good.mdx')).toEqual([]);
	});
	it('reports a heading followed by a sibling heading, and one followed only by footnotes', () => {
		expect(checkFixture(noEmptySection, 'no-empty-section.bad.mdx')).toEqual([
			'8:1 section "Empty before a sibling" is empty; write its content or remove the heading',
			'16:1 section "Empty at the end" is empty; write its content or remove the heading',
		]);
	});
});
