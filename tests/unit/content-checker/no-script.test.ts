import { describe, expect, it } from 'vitest';
import { noScript } from '../../../scripts/content-checker/rules/no-script.ts';
import { checkFixture } from './check-fixture.ts';

describe('no-script', () => {
	it('allows components and plain HTML', () => {
		expect(checkFixture(noScript, 'good.mdx')).toEqual([]);
	});
	it('rejects <script> and JSX event handlers in MDX', () => {
		expect(checkFixture(noScript, 'no-script.bad.mdx')).toEqual([
			expect.stringMatching(/^6:1 <script> is not allowed/),
			expect.stringMatching(/^8:1 inline event handler "onClick" on <button>/),
			expect.stringMatching(/^10:8 inline event handler "onmouseover" on <span>/),
		]);
	});
	it('rejects <script> and on* attributes in raw HTML of .md files', () => {
		expect(checkFixture(noScript, 'no-script.bad.md', 'page.md')).toEqual([
			expect.stringMatching(/^6:1 <script> is not allowed/),
			expect.stringMatching(/^8:1 inline event handler "onerror"/),
		]);
	});
});
