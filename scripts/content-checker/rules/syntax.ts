import type { Rule } from '../types.ts';

/** A file that does not parse cannot be built; say where the parser stopped. */
export const syntax: Rule = {
	id: 'syntax',
	description: 'The file parses as Markdown/MDX and its front-matter as YAML.',
	check(file) {
		const problems = [...file.frontmatterErrors.map((e) => ({ ...e, message: `front-matter is not valid YAML: ${e.message}` }))];
		if (file.parseError) {
			const hint = file.path.endsWith('.mdx')
				? ' (in MDX, write `{`, `}` and `<` in prose as `\\{`, `\\}` and `&lt;`)'
				: '';
			problems.push({ ...file.parseError, message: `cannot parse the file: ${file.parseError.message}${hint}` });
		}
		return problems;
	},
};
