import { visit } from 'unist-util-visit';
import type { Problem, Rule } from '../types.ts';
import { collectFootnotes } from './footnotes.ts';

/** `[^label]` as written in prose; GFM leaves it as plain text when the label has no definition. */
const referenceInText = /\[\^([^\]\s]+)\]/g;

export const footnoteUndefined: Rule = {
	id: 'footnote-undefined',
	description: 'Every footnote reference [^x] has a definition "[^x]: source" in the same file.',
	check(file) {
		if (!file.tree) return [];
		const defined = new Set(collectFootnotes(file.tree).definitions.map((d) => d.identifier));
		const problems: Problem[] = [];
		visit(file.tree, 'text', (node) => {
			const start = node.position?.start;
			if (!start) return;
			for (const match of node.value.matchAll(referenceInText)) {
				const label = match[1]!;
				if (defined.has(label.toLowerCase())) continue;
				// A text node can span lines: count breaks before the match, and restart the column after the last one.
				const before = node.value.slice(0, match.index);
				const lineBreaks = before.split('\n').length - 1;
				const column = lineBreaks === 0 ? start.column + before.length : before.length - before.lastIndexOf('\n');
				problems.push({
					line: start.line + lineBreaks,
					column,
					message: `footnote [^${label}] is used but never defined; add "[^${label}]: Publisher. [Title](https://…). Date." at the end of the file`,
				});
			}
		});
		return problems;
	},
};
