import { readFileSync } from 'node:fs';
import { docsDir } from '../../../src/content-paths.ts';
import { buildSiteIndex, runRules } from '../../../scripts/content-checker/check.ts';
import { parsePage, parseRecord } from '../../../scripts/content-checker/parse.ts';
import type { Rule } from '../../../scripts/content-checker/types.ts';
import type { RecordCollection } from '../../../src/schemas/records.ts';

/** The pages and public files that fixtures may link to. */
export const fixtureSite = buildSiteIndex(
	['content/docs/index.mdx', 'content/docs/law/index.mdx', 'content/docs/about/methodology.mdx', 'content/docs/_draft.mdx', 'content/docs/glossary.mdx', 'content/models/sora-2.yaml', 'content/terms/fair-use.yaml', 'content/cases/example.yaml'],
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

/** Run one rule over a fixture record, as content/<collection>/<name>. */
export function checkRecordFixture(rule: Rule, fixture: string, name = 'record.yaml', collection: RecordCollection = 'models') {
	const source = readFileSync(new URL(`fixtures/${fixture}`, import.meta.url), 'utf8');
	const file = parseRecord(`content/${collection}/${name}`, name, source, collection);
	return runRules([file], fixtureSite, [rule]).map((f) => `${f.line}:${f.column} ${f.message}`);
}
