import { visit } from 'unist-util-visit';
import { recordCollections } from '../../../src/schemas/records.ts';
import type { Problem, Rule } from '../types.ts';
import { startOf } from './footnotes.ts';

/** A <Term id="…"> in prose must name a glossary entry, or the build would fail on it. */
export const termReference: Rule = {
	id: 'term-reference',
	description: '<Term id="…"> names a term that exists in content/terms/.',
	check(file, site) {
		if (!file.tree) return [];
		const known = site.recordIds.get('terms') ?? new Set();
		const problems: Problem[] = [];
		visit(file.tree, (node) => {
			if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || node.name !== 'Term') return;
			const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
			if (!id || typeof id.value !== 'string') {
				problems.push({ ...startOf(node), message: '<Term> needs an id, e.g. <Term id="fair-use">fair use</Term>' });
			} else if (!known.has(id.value)) {
				problems.push({ ...startOf(node), message: `<Term id="${id.value}">: no term "${id.value}" in ${recordCollections.terms.dir}/; use one of the file names there (without .yaml)` });
			}
		});
		return problems;
	},
};
