import { recordCollections } from '../../../src/schemas/records.ts';
import { schemaProblems } from '../schema-problems.ts';
import type { Rule } from '../types.ts';

/** Records are validated with their collection's schema, the same one the site build uses. */
export const recordSchema: Rule = {
	id: 'record-schema',
	description: 'Every record (content/models/*.yaml …) matches its collection schema: fields, types, conditional requirements.',
	check(file) {
		if (file.kind !== 'record' || !file.collection || file.yamlErrors.length > 0) return [];
		return schemaProblems(file, recordCollections[file.collection].schema);
	},
};
