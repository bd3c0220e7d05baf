import { describe, expect, it } from 'vitest';
import { footnoteUrl } from '../../../scripts/content-checker/rules/footnote-url.ts';
import { checkFixture } from './check-fixture.ts';

describe('footnote-url', () => {
	it('accepts linked titles and bare URLs', () => {
		expect(checkFixture(footnoteUrl, 'good.mdx')).toEqual([]);
	});
	it('rejects definitions without an http(s) URL: none, site-relative, or another protocol', () => {
		const findings = checkFixture(footnoteUrl, 'footnote-url.bad.mdx');
		expect(findings.map((f) => f.split(' ')[0])).toEqual(['8:1', '9:1', '10:1']);
		expect(findings[0]).toContain('[^book] has no http(s) URL');
	});
});
