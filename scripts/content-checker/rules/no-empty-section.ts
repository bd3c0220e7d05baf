import type { RootContent } from 'mdast';
import type { Rule, Problem } from '../types.ts';
import { startOf } from './footnotes.ts';

/** Nodes that render nothing in the section itself: imports/exports and footnote definitions (shown at the end). */
function isInvisible(node: RootContent) {
	return node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'footnoteDefinition' || node.type === 'definition';
}

/** A heading with nothing under it is a placeholder; the site promises no thin pages. */
export const noEmptySection: Rule = {
	id: 'no-empty-section',
	description: 'Every heading is followed by content before the next heading of the same or a higher level.',
	check(file) {
		if (!file.tree) return [];
		const nodes = file.tree.children.filter((node) => !isInvisible(node));
		const problems: Problem[] = [];
		nodes.forEach((node, index) => {
			if (node.type !== 'heading') return;
			const next = nodes[index + 1];
			const empty = next === undefined || (next.type === 'heading' && next.depth <= node.depth);
			if (empty) {
				const text = file.source.slice(node.position?.start.offset, node.position?.end.offset);
				problems.push({ ...startOf(node), message: `section "${text.replace(/^#+\s*/, '')}" is empty; write its content or remove the heading` });
			}
		});
		return problems;
	},
};
