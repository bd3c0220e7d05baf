import { describe, expect, it } from 'vitest';
import { scaffold } from '../../scripts/new.ts';
import { buildSiteIndex, runRules } from '../../scripts/content-checker/check.ts';
import { parsePage, parseRecord } from '../../scripts/content-checker/parse.ts';
import type { RecordCollection } from '../../src/schemas/records.ts';

const site = buildSiteIndex(['content/docs/index.mdx'], []);
const ruleIds = (findings: { ruleId: string }[]) => new Set(findings.map((f) => f.ruleId));

describe('npm run new', () => {
	it('places a page in its section and the checker rejects it until every TODO is filled', () => {
		const { path, text } = scaffold('page', 'law/fair-use', '/project');
		expect(path).toBe('/project/content/docs/law/fair-use.mdx');
		const findings = runRules([parsePage('content/docs/law/fair-use.mdx', 'law/fair-use.mdx', text)], site);
		expect(ruleIds(findings)).toEqual(new Set(['no-todo', 'frontmatter']));
	});

	it.each([
		['model', 'models'],
		['case', 'cases'],
		['event', 'events'],
		['term', 'terms'],
	] as const)('writes every required field of a %s, and the checker rejects it', (kind, collection: RecordCollection) => {
		const { path, text } = scaffold(kind, 'example-one', '/project');
		expect(path).toBe(`/project/content/${collection}/example-one.yaml`);
		const findings = runRules([parseRecord(`content/${collection}/example-one.yaml`, 'example-one.yaml', text, collection)], site);
		expect(ruleIds(findings)).toEqual(new Set(['no-todo', 'record-schema']));
		// Every required field is present: the schema complains about values, never about a missing field.
		expect(findings.filter((f) => f.message.includes('the field is missing'))).toEqual([]);
	});

	it('refuses bad names and unknown kinds with a reason', () => {
		expect(() => scaffold('page', 'Law/Fair Use')).toThrow(/not a URL-safe name/);
		expect(() => scaffold('page', 'nowhere/page')).toThrow(/section one of: mechanics/);
		expect(() => scaffold('poem', 'x')).toThrow(/unknown kind "poem"/);
	});
});
