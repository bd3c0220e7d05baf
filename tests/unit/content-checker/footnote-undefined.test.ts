import { describe, expect, it } from 'vitest';
import { footnoteUndefined } from '../../../scripts/content-checker/rules/footnote-undefined.ts';
import { checkFixture } from './check-fixture.ts';

describe('footnote-undefined', () => {
	it('passes when every reference has a definition', () => {
		expect(checkFixture(footnoteUndefined, 'good.mdx')).toEqual([]);
	});
	it('reports a reference with no definition, at the reference', () => {
		const findings = checkFixture(footnoteUndefined, 'footnote-undefined.bad.mdx');
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatch(/^6:24 footnote \[\^missing\] is used but never defined/);
	});
});
