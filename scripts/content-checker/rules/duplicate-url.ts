import type { Rule } from '../types.ts';

/** Two files that become the same address would hide one of them: law/x.mdx and law/x/index.mdx. */
export const duplicateUrl: Rule = {
	id: 'duplicate-url',
	description: 'No two files in content/docs become the same page address.',
	check(file, site) {
		if (file.kind !== 'page') return [];
		const clash = [...site.pageFiles].find(([, files]) => files.length > 1 && files.includes(file.path));
		if (!clash) return [];
		const others = clash[1].filter((path) => path !== file.path);
		return [{ line: 1, column: 1, message: `this file and ${others.join(', ')} both become ${clash[0]}; rename or merge one` }];
	},
};
