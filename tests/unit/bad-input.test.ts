import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSiteIndex, formatFinding, runRules } from '../../scripts/content-checker/check.ts';
import { parsePage, parseRecord } from '../../scripts/content-checker/parse.ts';
import { pageAnchors } from '../../scripts/content-checker/anchors.ts';
import type { ContentFile } from '../../scripts/content-checker/types.ts';
import type { RecordCollection } from '../../src/schemas/records.ts';

const fixture = (name: string) => readFileSync(new URL(`content-checker/fixtures/${name}`, import.meta.url), 'utf8');
const page = (name: string, path = `content/docs/${name.replace(/\.bad\.mdx?$/, '').replace(/\.mdx$/, '')}.mdx`) =>
	parsePage(path, path.replace('content/docs/', ''), fixture(name));
const record = (name: string, collection: RecordCollection) => parseRecord(`content/${collection}/example.yaml`, 'example.yaml', fixture(name), collection);

/** The pages and records the bad files may refer to. */
const target = parsePage('content/docs/about/methodology.mdx', 'about/methodology.mdx', fixture('methodology-target.mdx'));
function check(file: ContentFile, extra: string[] = []) {
	const site = buildSiteIndex(['content/docs/index.mdx', 'content/docs/law/index.mdx', 'content/docs/about/methodology.mdx', 'content/models/sora-2.yaml', ...extra], ['favicon.svg'], [target]);
	return runRules([file], site).map((finding) => formatFinding(finding));
}

/**
 * Malformed content a contributor might write: each must fail the checker with a message
 * that names the file, the line, the rule and the field or problem.
 */
const cases: [description: string, findings: () => string[], expected: RegExp][] = [
	['a date that is not a date', () => check(page('frontmatter.bad.mdx')), /frontmatter\.mdx:3:1 {2}frontmatter {2}lastReviewed: found "2024-13-45"/],
	['a review date in the future', () => check(page('frontmatter-future.bad.mdx')), /:3:1 {2}frontmatter {2}lastReviewed: .*must not be in the future/],
	['a missing required field', () => check(page('frontmatter-missing.bad.mdx')), /:1:1 {2}frontmatter {2}title: found nothing \(the field is missing\)/],
	['a field of the wrong type', () => check(page('frontmatter-wrong-type.bad.mdx')), /:2:1 {2}frontmatter {2}title: found \["a","list"\]; expected string/],
	['an unknown status in a case', () => check(record('case-decided-no-ruling.bad.yaml', 'cases')), /cases\/example\.yaml:13:1 {2}record-schema {2}rulings: found \[\]/],
	['an unknown jurisdiction', () => check(record('case.bad.yaml', 'cases')), /cases\/example\.yaml:3:1 {2}record-schema {2}jurisdiction: found "mars"/],
	['a source that is not a URL', () => check(record('model.bad.yaml', 'models')), /models\/example\.yaml:23:1 {2}record-schema {2}sources\.0\.url: found "example\.org\/no-scheme"/],
	['a footnote with no source URL', () => check(page('footnote-url.bad.mdx')), /:8:1 {2}footnote-url {2}footnote \[\^book\] has no http\(s\) URL/],
	['a footnote reference without definition', () => check(page('footnote-undefined.bad.mdx')), /:6:24 {2}footnote-undefined {2}footnote \[\^missing\] is used but never defined/],
	['an orphan footnote definition', () => check(page('footnote-unused.bad.mdx')), /:9:1 {2}footnote-unused {2}footnote \[\^orphan\] is defined but never referenced/],
	['a link to a missing page', () => check(page('internal-link.bad.mdx')), /:6:1 {2}internal-link {2}no page at "\/no-such-page\/"/],
	['a link to a missing section', () => check(page('anchor.bad.mdx')), /:6:\d+ {2}internal-link {2}no section "#no-such-section" on \/about\/methodology\/; its sections are #what-last-reviewed-means, #stable, #old-anchor/],
	['an image without alt text', () => check(page('image-alt.bad.mdx')), /:6:1 {2}image-alt {2}image "\/favicon\.svg" has no alt text/],
	['a raw <script> in MDX', () => check(page('no-script.bad.mdx')), /:6:1 {2}no-script {2}<script> is not allowed/],
	['a record naming a record that does not exist', () => check(record('case.bad.yaml', 'cases')), /:15:1 {2}record-reference {2}relatedModels: no record "no-such-model"/],
	['two files with the same address', () => check(page('good.mdx', 'content/docs/law/index.mdx'), ['content/docs/law.mdx']), /law\/index\.mdx:1:1 {2}duplicate-url {2}this file and content\/docs\/law\.mdx both become \/law\//],
	['a TODO left by the scaffolder', () => check(page('no-todo.bad.mdx')), /:8:1 {2}no-todo {2}fill in this TODO/],
	['MDX that does not parse', () => check(page('syntax.bad.mdx')), /:6:\d+ {2}syntax {2}cannot parse the file/],
];

describe('bad input fails the checker with a precise message', () => {
	it.each(cases)('%s', (_description, findings, expected) => {
		const lines = findings();
		expect(lines.some((line) => expected.test(line)), `none of these matched ${expected}:\n${lines.join('\n')}`).toBe(true);
	});

	it('computes section anchors the way the build does, stable ids and aliases included', () => {
		expect([...pageAnchors(target)]).toEqual(['_top', 'what-last-reviewed-means', 'stable', 'old-anchor']);
	});
});
