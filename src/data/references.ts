import { recordCollections, type RecordCollection } from '../schemas/records.ts';

type Records = { [C in RecordCollection]: { id: string; data: object }[] };

/**
 * Every id or page path that a record names but the site does not have, as messages that
 * name the file and field. The build stops on any (see load-graph.ts); the content checker
 * reports the same problems with line numbers before a build is needed.
 */
export function brokenReferences(records: Records, pages: Set<string>): string[] {
	const ids = Object.fromEntries(Object.entries(records).map(([name, list]) => [name, new Set(list.map((r) => r.id))])) as Record<RecordCollection, Set<string>>;
	const problems: string[] = [];
	for (const collection of Object.keys(recordCollections) as RecordCollection[]) {
		const { dir, references, pageReferences } = recordCollections[collection];
		for (const { id, data } of records[collection]) {
			const fields = data as Record<string, unknown>;
			for (const [field, target] of Object.entries(references) as [string, RecordCollection][]) {
				for (const ref of (fields[field] as string[] | undefined) ?? []) {
					if (!ids[target].has(ref)) problems.push(`${dir}/${id}.yaml: ${field} names "${ref}", which is not in ${recordCollections[target].dir}/`);
				}
			}
			for (const field of pageReferences as readonly string[]) {
				for (const path of (fields[field] as string[] | undefined) ?? []) {
					if (!pages.has(path)) problems.push(`${dir}/${id}.yaml: ${field} names the page "${path}", which the site does not have`);
				}
			}
		}
	}
	return problems;
}
