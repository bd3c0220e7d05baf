import { visit } from 'unist-util-visit';
import type { Rule, Problem } from '../types.ts';
import { startOf } from './footnotes.ts';

const eventHandlerName = /^on[a-z]+$/i;
const htmlScript = /<script\b/i;
const htmlEventHandler = /\son[a-z]+\s*=/i;

/**
 * Pages are prose: behaviour belongs in reviewed components, not in content that
 * anyone can edit on GitHub. This keeps a content pull request from shipping code.
 */
export const noScript: Rule = {
	id: 'no-script',
	description: 'No <script> elements and no inline event handlers (onclick=…) in content.',
	check(file) {
		if (!file.tree) return [];
		const problems: Problem[] = [];
		visit(file.tree, (node) => {
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				if (node.name?.toLowerCase() === 'script') {
					problems.push({ ...startOf(node), message: '<script> is not allowed in content; put behaviour in a component under src/components' });
				}
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxAttribute' && eventHandlerName.test(attribute.name)) {
						problems.push({ ...startOf(node), message: `inline event handler "${attribute.name}" on <${node.name}> is not allowed in content` });
					}
				}
			}
			if (node.type === 'html') {
				if (htmlScript.test(node.value)) problems.push({ ...startOf(node), message: '<script> is not allowed in content' });
				const handler = node.value.match(htmlEventHandler);
				if (handler) problems.push({ ...startOf(node), message: `inline event handler "${handler[0].trim().replace(/\s*=$/, '')}" is not allowed in content` });
			}
		});
		return problems;
	},
};
