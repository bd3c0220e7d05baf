import type { Rule } from '../types.ts';
import { collectFootnotes, startOf } from './footnotes.ts';

export const footnoteUnused: Rule = {
	id: 'footnote-unused',
	description: 'Every footnote definition is referenced in the text, and defined only once.',
	check(file) {
		if (!file.tree) return [];
		const { references, definitions } = collectFootnotes(file.tree);
		const referenced = new Set(references.map((r) => r.identifier));
		const seen = new Set<string>();
		return definitions.flatMap((def) => {
			const label = def.label ?? def.identifier;
			if (seen.has(def.identifier)) {
				return [{ ...startOf(def), message: `footnote [^${label}] is defined more than once; keep one definition` }];
			}
			seen.add(def.identifier);
			if (!referenced.has(def.identifier)) {
				return [{ ...startOf(def), message: `footnote [^${label}] is defined but never referenced; cite it with [^${label}] or remove it` }];
			}
			return [];
		});
	},
};
