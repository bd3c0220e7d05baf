import type { Problem, Rule } from '../types.ts';

/** The scaffolder marks every blank with TODO; nothing marked so may be published. */
export const noTodo: Rule = {
	id: 'no-todo',
	description: 'No TODO markers are left (npm run new writes them into every blank).',
	check(file) {
		const problems: Problem[] = [];
		file.source.split('\n').forEach((line, index) => {
			const column = line.search(/\bTODO\b/);
			if (column >= 0) problems.push({ line: index + 1, column: column + 1, message: 'fill in this TODO before publishing' });
		});
		return problems;
	},
};
