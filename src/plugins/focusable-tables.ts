import { defineHastPlugin } from 'satteri';

/**
 * Starlight lets a wide Markdown table scroll sideways inside itself; a keyboard user can
 * only scroll what can take focus, so each content table joins the tab order (WCAG 2.1.1).
 */
export const focusableTables = defineHastPlugin({
	name: 'focusable-tables',
	element: {
		filter: ['table'],
		visit(node, ctx) {
			if (node.properties?.tabIndex === undefined) ctx.setProperty(node, 'tabIndex', 0);
		},
	},
});
