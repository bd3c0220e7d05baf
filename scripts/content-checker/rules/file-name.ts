import { slugSegment } from '../../../src/content-paths.ts';
import type { Rule } from '../types.ts';

/** Starlight's own 404 page is the one file whose name is not a word. */
const allowedNames = new Set(['404']);

/**
 * The file name is the page's URL or the record's id, and both are cited for years:
 * keep them lowercase and hyphenated so what you see in the tree is what readers link.
 */
export const fileName: Rule = {
	id: 'file-name',
	description: 'Folder and file names are lowercase words joined by hyphens (they become URLs and record ids).',
	check(file) {
		const segments = file.name.replace(/\.(md|mdx|yaml)$/, '').split('/');
		const bad = segments.filter((segment) => !slugSegment.test(segment) && !allowedNames.has(segment));
		if (bad.length === 0) return [];
		const suggestion = bad[0]!.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
		return [
			{
				line: 1,
				column: 1,
				message: `"${bad.join('", "')}" is not a URL-safe name; rename to lowercase words joined by hyphens, e.g. "${suggestion}"`,
			},
		];
	},
};
