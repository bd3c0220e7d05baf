import { describe, expect, it } from 'vitest';
import { footnoteUnused } from '../../../scripts/content-checker/rules/footnote-unused.ts';
import { checkFixture } from './check-fixture.ts';

describe('footnote-unused', () => {
	it('passes when every definition is cited once', () => {
		expect(checkFixture(footnoteUnused, 'good.mdx')).toEqual([]);
	});
	it('reports a definition nobody cites and a definition given twice', () => {
		expect(checkFixture(footnoteUnused, 'footnote-unused.bad.mdx')).toEqual([
			expect.stringMatching(/^9:1 footnote \[\^orphan\] is defined but never referenced/),
			expect.stringMatching(/^10:1 footnote \[\^used\] is defined more than once/),
		]);
	});
});
