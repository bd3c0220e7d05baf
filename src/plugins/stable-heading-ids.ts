import { defineHastPlugin } from 'satteri';

/**
 * `## Heading text {#stable-id #old-id}`: the first id becomes the heading's id, whatever
 * its wording; any further ids are kept as aliases (empty anchors before the heading), so
 * links made to a section before it was renamed still land on it. In MDX, where braces
 * start an expression, write the marker as `\{#stable-id\}`.
 */
const stableIdMarker = /\s*\{(#[a-z0-9][a-z0-9-]*(?:\s+#[a-z0-9][a-z0-9-]*)*)\}\s*$/;

/** The ids a heading's marker gives, or undefined when the text has no marker. */
export function parseStableIds(text: string): { text: string; id: string; aliases: string[] } | undefined {
	const match = text.match(stableIdMarker);
	if (!match) return undefined;
	const [id, ...aliases] = match[1]!.split(/\s+/).map((token) => token.slice(1));
	return { text: text.slice(0, match.index), id: id!, aliases };
}

export const stableHeadingIds = defineHastPlugin({
	name: 'stable-heading-ids',
	element: {
		filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
		visit(node, ctx) {
			const last = node.children.at(-1);
			if (last?.type !== 'text') return;
			const parsed = parseStableIds(last.value);
			if (!parsed) return;
			ctx.replaceNode(last, { type: 'text', value: parsed.text });
			ctx.setProperty(node, 'id', parsed.id);
			for (const alias of parsed.aliases) {
				ctx.insertBefore(node, { type: 'element', tagName: 'span', properties: { id: alias, className: ['fr-anchor-alias'] }, children: [] });
			}
		},
	},
});
