import { visit } from 'unist-util-visit';
import type { Rule } from '../types.ts';
import { collectFootnotes, startOf } from './footnotes.ts';

function isWebUrl(value: string) {
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}

/** A source a reader cannot open is not a source: every definition carries a web address. */
export const footnoteUrl: Rule = {
	id: 'footnote-url',
	description: 'Every footnote definition contains an http(s) URL to its source.',
	check(file) {
		if (!file.tree) return [];
		return collectFootnotes(file.tree).definitions.flatMap((def) => {
			let hasUrl = false;
			visit(def, 'link', (link) => {
				if (isWebUrl(link.url)) hasUrl = true;
			});
			if (hasUrl) return [];
			return [
				{
					...startOf(def),
					message: `footnote [^${def.label ?? def.identifier}] has no http(s) URL; link the source, e.g. "[Title](https://example.org/page)"`,
				},
			];
		});
	},
};
