import { readFileSync } from 'node:fs';
import { docsDir } from '../../../src/content-paths.ts';
import { buildSiteIndex, runRules } from '../../../scripts/content-checker/check.ts';
import { parsePage, parseRecord } from '../../../scripts/content-checker/parse.ts';
import type { Rule } from '../../../scripts/content-checker/types.ts';

/** The pages and public files that fixtures may link to. */
export const fixtureSite = buildSiteIndex(
	['content/docs/index.mdx', 'content/docs/law/index.mdx', 'content/docs/about/methodology.mdx', 'content/docs/_draft.mdx', 'content/models/sora-2.yaml'],
	['favicon.svg'],
);

/**
 * Run one rule over a fixture file, as if it lived at content/docs/<docsPath>.
 * Returns findings as "line:column message" strings, easy to assert on.
 */
export function checkFixture(rule: Rule, fixture: string, docsPath = 'page.mdx') {
	const source = readFileSync(new URL(`fixtures/${fixture}`, import.meta.url), 'utf8');
	const file = parsePage(`${docsDir}/${docsPath}`, docsPath, source);
	return runRules([file], fixtureSite, [rule]).map((f) => `${f.line}:${f.column} ${f.message}`);
}

/** Run one rule over a fixture record of the models collection, as content/models/<name>. */
export function checkRecordFixture(rule: Rule, fixture: string, name = 'model.yaml') {
	const source = readFileSync(new URL(`fixtures/${fixture}`, import.meta.url), 'utf8');
	const file = parseRecord(`content/models/${name}`, name, source, 'models');
	return runRules([file], fixtureSite, [rule]).map((f) => `${f.line}:${f.column} ${f.message}`);
}
