import { visit } from 'unist-util-visit';
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';

/** Footnote references and definitions of a tree, keyed by their normalised identifier. */
export function collectFootnotes(tree: Root) {
	const references: FootnoteReference[] = [];
	const definitions: FootnoteDefinition[] = [];
	visit(tree, (node) => {
		if (node.type === 'footnoteReference') references.push(node);
		if (node.type === 'footnoteDefinition') definitions.push(node);
	});
	return { references, definitions };
}

export function startOf(node: { position?: { start: { line: number; column: number } } }) {
	return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
