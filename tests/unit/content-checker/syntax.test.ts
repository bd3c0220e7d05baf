import { describe, expect, it } from 'vitest';
import { syntax } from '../../../scripts/content-checker/rules/syntax.ts';
import { checkFixture } from './check-fixture.ts';

describe('syntax', () => {
	it('passes a file that parses', () => {
		expect(checkFixture(syntax, 'good.mdx')).toEqual([]);
	});
	it('reports where MDX parsing stopped, with a hint about braces', () => {
		const [finding, ...rest] = checkFixture(syntax, 'syntax.bad.mdx');
		expect(rest).toEqual([]);
		expect(finding).toMatch(/^6:\d+ cannot parse the file: .*\\\{/);
	});
	it('reports invalid YAML front-matter at its line', () => {
		const findings = checkFixture(syntax, 'syntax-yaml.bad.mdx');
		expect(findings.length).toBeGreaterThan(0);
		expect(findings[0]).toMatch(/^[2-4]:\d+ front-matter is not valid YAML/);
	});
});
