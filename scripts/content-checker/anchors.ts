import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseStableIds } from '../../src/plugins/stable-heading-ids.ts';
import type { ContentFile } from './types.ts';

/**
 * The section anchors a page will have, as the build makes them: a heading's stable id
 * and aliases when it has a `{#id}` marker, otherwise GitHub-style slugs of its text
 * (what Sätteri's heading-ids plugin does), plus Starlight's own `_top`.
 */
export function pageAnchors(file: ContentFile): Set<string> {
	const anchors = new Set(['_top']);
	if (!file.tree) return anchors;
	const slugger = new GithubSlugger();
	visit(file.tree, 'heading', (heading) => {
		const text = toString(heading);
		const stable = parseStableIds(text);
		if (stable) {
			anchors.add(stable.id);
			for (const alias of stable.aliases) anchors.add(alias);
		} else {
			anchors.add(slugger.slug(text));
		}
	});
	return anchors;
}
