import { recordCollections, type RecordCollection } from '../../../src/schemas/records.ts';
import type { Problem, Rule } from '../types.ts';

/** A record that names another record (a case's related models) must name one that exists. */
export const recordReference: Rule = {
	id: 'record-reference',
	description: 'Ids that a record gives for other records (e.g. a case\'s relatedModels) exist in their collection, and pages it names exist.',
	check(file, site) {
		if (file.kind !== 'record' || !file.collection || !file.data || typeof file.data !== 'object') return [];
		const references: Record<string, RecordCollection> = recordCollections[file.collection].references;
		const problems: Problem[] = [];
		for (const [field, target] of Object.entries(references)) {
			const ids = (file.data as Record<string, unknown>)[field];
			if (!Array.isArray(ids)) continue;
			const known = site.recordIds.get(target) ?? new Set();
			ids.forEach((id, index) => {
				if (typeof id === 'string' && !known.has(id)) {
					problems.push({
						line: file.keyLines.get(`${field}.${index}`) ?? file.keyLines.get(field) ?? 1,
						column: 1,
						message: `${field}: no record "${id}" in ${recordCollections[target].dir}/; use one of the file names there (without .yaml)`,
					});
				}
			});
		}
		const pageFields: readonly string[] = recordCollections[file.collection].pageReferences;
		for (const field of pageFields) {
			const paths = (file.data as Record<string, unknown>)[field];
			if (!Array.isArray(paths)) continue;
			paths.forEach((path, index) => {
				if (typeof path === 'string' && !site.pages.has(path)) {
					problems.push({
						line: file.keyLines.get(`${field}.${index}`) ?? file.keyLines.get(field) ?? 1,
						column: 1,
						message: `${field}: no page "${path}" on the site; give the path of a page in content/docs, e.g. /law/`,
					});
				}
			});
		}
		return problems;
	},
};
