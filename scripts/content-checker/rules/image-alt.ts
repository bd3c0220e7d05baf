import { visit } from 'unist-util-visit';
import type { Problem, Rule } from '../types.ts';
import { startOf } from './footnotes.ts';

/** Every image says what it shows, for readers who cannot see it (WCAG 1.1.1). */
export const imageAlt: Rule = {
	id: 'image-alt',
	description: 'Images have a text alternative: ![what it shows](…) or <img alt="…">.',
	check(file) {
		if (!file.tree) return [];
		const problems: Problem[] = [];
		visit(file.tree, (node) => {
			if (node.type === 'image' && !node.alt?.trim()) {
				problems.push({ ...startOf(node), message: `image "${node.url}" has no alt text; write what it shows: ![A diagram of …](${node.url})` });
			}
			if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
				const alt = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt');
				if (!alt || (typeof alt.value === 'string' && !alt.value.trim())) {
					problems.push({ ...startOf(node), message: '<img> has no alt text; add alt="what it shows"' });
				}
			}
		});
		return problems;
	},
};
