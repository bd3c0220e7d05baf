import { recordCollections } from './schemas/records.ts';
import { sections } from './sidebar.ts';

/** Record types readers can narrow a search to; prose pages are "page". */
export type SearchType = 'page' | 'case' | 'model' | 'event' | 'term';

const typeOfCollection = { cases: 'case', models: 'model', events: 'event', terms: 'term' } as const;
const MARK = '\u0000';

/**
 * The Pagefind filters of a page, from its path: its type (a record's own page, the page
 * that lists events or terms, or prose) and its section. Events and terms share one page
 * each, so that page carries their type.
 */
export function searchFacets(path: string): { type: SearchType; section?: string } {
	let type: SearchType = 'page';
	for (const [collection, config] of Object.entries(recordCollections)) {
		const [prefix] = config.urlFor(MARK).split(MARK) as [string];
		const recordType = typeOfCollection[collection as keyof typeof typeOfCollection];
		const onSharedPage = prefix.endsWith('#');
		if (onSharedPage ? path === prefix.slice(0, -1) : path.startsWith(prefix) && /^[^/]+\/$/.test(path.slice(prefix.length))) type = recordType;
	}
	const first = path.split('/')[1] ?? '';
	const section = sections.find((s) => s.dir === first)?.label ?? (type === 'event' || type === 'term' ? 'Reference' : undefined);
	return { type, section };
}
