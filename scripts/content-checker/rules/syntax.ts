import type { Rule } from '../types.ts';

/** A file that does not parse cannot be built; say where the parser stopped. */
export const syntax: Rule = {
	id: 'syntax',
	description: 'Pages parse as Markdown/MDX; front-matter and records parse as YAML.',
	check(file) {
		const what = file.kind === 'page' ? 'front-matter' : 'record';
		const problems = file.yamlErrors.map((e) => ({ ...e, message: `${what} is not valid YAML: ${e.message}` }));
		if (file.parseError) {
			const hint = file.path.endsWith('.mdx')
				? ' (in MDX, write `{`, `}` and `<` in prose as `\\{`, `\\}` and `&lt;`)'
				: '';
			problems.push({ ...file.parseError, message: `cannot parse the file: ${file.parseError.message}${hint}` });
		}
		return problems;
	},
};
