import { visit } from 'unist-util-visit';
import type { Problem, Rule } from '../types.ts';
import { collectFootnotes, startOf } from './footnotes.ts';

/** Query parameters that track a click rather than identify a page. */
const trackingParameter = /^(utm_.+|itm_.+|fbclid|gclid|mc_cid|mc_eid|_hsenc|_hsmi|ref|authuser|triedRedirect|isFreemail|_u)$/;

/** The same address without tracking parameters and without a trailing dot on the host; undefined if already clean. */
export function cleanSourceUrl(value: string): string | undefined {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return undefined; // footnote-url reports addresses that do not parse
	}
	const original = url.href;
	url.hostname = url.hostname.replace(/\.$/, '');
	for (const key of [...url.searchParams.keys()]) if (trackingParameter.test(key)) url.searchParams.delete(key);
	const cleaned = url.href.replace(/\?$/, '');
	return cleaned === original ? undefined : cleaned;
}

/** Source addresses in footnotes (pages) and in `url:` fields (records), with where they are. */
function sourceUrls(file: Parameters<Rule['check']>[0]) {
	const found: { url: string; line: number; column: number }[] = [];
	if (file.tree) {
		for (const definition of collectFootnotes(file.tree).definitions) {
			visit(definition, 'link', (link) => {
				found.push({ url: link.url, ...startOf(link) });
			});
		}
	}
	if (file.kind === 'record') {
		for (const [path, line] of file.keyLines) {
			if (!path.endsWith('.url')) continue;
			const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], file.data);
			if (typeof value === 'string') found.push({ url: value, line, column: 1 });
		}
	}
	return found;
}

/** A citation should outlive the click that found it: no tracking parameters, no odd host spellings. */
export const sourceUrl: Rule = {
	id: 'source-url',
	description: 'Source URLs carry no tracking parameters (utm_…, ref, fbclid…) and no trailing dot after the host.',
	check(file) {
		const problems: Problem[] = [];
		for (const { url, line, column } of sourceUrls(file)) {
			const cleaned = cleanSourceUrl(url);
			if (cleaned) problems.push({ line, column, message: `source URL carries tracking or an odd host; cite "${cleaned}"` });
		}
		return problems;
	},
};
