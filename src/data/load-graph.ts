import { getCollection } from 'astro:content';
import { entryUrl } from '../content-paths.ts';
import { recordCollections } from '../schemas/records.ts';
import { formatPartialDate } from '../dates.ts';
import { buildLinkGraph, linksInMdx, type GraphNode, type Neighbours } from './graph.ts';
import { brokenReferences } from './references.ts';

let graph: Promise<Map<string, Neighbours>> | undefined;

async function nodes(): Promise<GraphNode[]> {
	const [docs, cases, models, terms, events] = await Promise.all([
		getCollection('docs'),
		getCollection('cases'),
		getCollection('models'),
		getCollection('terms'),
		getCollection('events'),
	]);
	// The 404 and offline pages are not places a reader browses to, so they are neither related nor backlinks.
	const pages = docs
		.filter((d) => d.id !== '404' && !d.data.sidebar.hidden)
		.map((d) => ({ url: entryUrl(d), entry: d }));
	const recordPages = [...cases.map((c) => recordCollections.cases.urlFor(c.id)), ...models.map((m) => recordCollections.models.urlFor(m.id))];
	const broken = brokenReferences({ cases, models, terms, events }, new Set([...pages.map((p) => p.url), ...recordPages]));
	if (broken.length > 0) throw new Error(`Records name records or pages that do not exist:\n${broken.join('\n')}`);
	const { urlFor: caseUrl } = recordCollections.cases;
	const { urlFor: modelUrl } = recordCollections.models;
	const { urlFor: termUrl } = recordCollections.terms;
	return [
		...pages.map(({ url, entry }) => ({ url, title: entry.data.title, kind: 'page' as const, links: linksInMdx(entry.body ?? '') })),
		...cases.map((c) => ({ url: caseUrl(c.id), title: c.data.shortName, kind: 'case' as const, links: (c.data.relatedModels ?? []).map(modelUrl) })),
		...models.map((m) => ({ url: modelUrl(m.id), title: m.data.name, kind: 'model' as const, links: [] })),
		...terms.map((t) => ({ url: termUrl(t.id), title: t.data.term, kind: 'term' as const, links: (t.data.related ?? []).map(termUrl) })),
		...events.map((e) => ({
			url: recordCollections.events.urlFor(e.id),
			title: `${formatPartialDate(e.data.date)}: ${e.data.summary}`,
			kind: 'event' as const,
			links: [...(e.data.cases ?? []).map(caseUrl), ...(e.data.models ?? []).map(modelUrl), ...(e.data.pages ?? [])],
		})),
	];
}

/** Related links and backlinks of every page and record, built once per build. */
export function loadGraph(): Promise<Map<string, Neighbours>> {
	graph ??= nodes().then(buildLinkGraph);
	return graph;
}
