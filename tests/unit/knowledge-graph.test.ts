import { describe, expect, it } from 'vitest';
import { buildLinkGraph, linksInMdx, type GraphNode } from '../../src/data/graph.ts';
import { brokenReferences } from '../../src/data/references.ts';
import { buildTimeline, countByQuarter, familyOf, kindFamilies, partyList, quarterOf, quarterRange } from '../../src/data/timeline.ts';
import { eventKinds } from '../../src/schemas/event.ts';
import { searchFacets } from '../../src/search-facets.ts';
import { loadRecords } from './load-records.ts';

const source = { title: 'Example', publisher: 'Example', url: 'https://example.org/' };
const day = new Date('2025-01-01');
const event = (id: string, date: string, extra: object = {}) => ({
	id,
	data: { date, kind: 'law signed' as const, summary: 'A fictional law was signed for this test.', sources: [source], lastVerified: day, ...extra },
});

describe('linksInMdx', () => {
	it('finds Markdown links, href attributes and <Term> ids', () => {
		const body = 'See [law](/law/#faces) and <a href="/ethics/">ethics</a>, or <Term id="fair-use">fair use</Term>. [Out](https://example.org/).';
		expect(linksInMdx(body)).toEqual(['/law/#faces', '/ethics/', '/glossary/#fair-use']);
	});
});

describe('buildLinkGraph', () => {
	const nodes: GraphNode[] = [
		{ url: '/law/', title: 'Law', kind: 'page', links: ['/law/cases/a/', '/glossary/#fair-use', '/law/#x', '/nowhere/'] },
		{ url: '/law/cases/a/', title: 'A v. B', kind: 'case', links: ['/landscape/models/m/'] },
		{ url: '/landscape/models/m/', title: 'M', kind: 'model', links: [] },
		{ url: '/glossary/#fair-use', title: 'fair use', kind: 'term', links: [] },
	];
	const graph = buildLinkGraph(nodes);
	it('gives related links, resolving term anchors and ignoring self-links and unknown pages', () => {
		expect(graph.get('/law/')!.related.map((n) => n.url)).toEqual(['/law/cases/a/', '/glossary/#fair-use']);
	});
	it('gives backlinks', () => {
		expect(graph.get('/landscape/models/m/')!.linkedFrom.map((n) => n.title)).toEqual(['A v. B']);
		expect(graph.get('/glossary/#fair-use')!.linkedFrom.map((n) => n.title)).toEqual(['Law']);
		expect(graph.get('/law/')!.linkedFrom).toEqual([]);
	});
});

describe('brokenReferences', () => {
	const empty = { cases: [], models: [], terms: [], events: [] };
	it('reports a record naming a missing record or page, by file and field', () => {
		const events = [event('e1', '2024-07-12', { models: ['ghost'], pages: ['/law/', '/gone/'] })];
		expect(brokenReferences({ ...empty, events }, new Set(['/law/']))).toEqual([
			'content/events/e1.yaml: models names "ghost", which is not in content/models/',
			'content/events/e1.yaml: pages names the page "/gone/", which the site does not have',
		]);
	});
	it('reports a term relating to a missing term', () => {
		const terms = [{ id: 't1', data: { related: ['t2'] } }];
		expect(brokenReferences({ ...empty, terms }, new Set())).toEqual(['content/terms/t1.yaml: related names "t2", which is not in content/terms/']);
	});
	it('finds none in the site\'s own records', () => {
		const records = { cases: loadRecords('cases'), models: loadRecords('models'), terms: loadRecords('terms'), events: loadRecords('events') };
		const pages = new Set(records.events.flatMap((e) => (e.data as { pages?: string[] }).pages ?? []));
		expect(brokenReferences(records, pages)).toEqual([]);
	});
});

describe('buildTimeline', () => {
	const model = {
		id: 'm',
		data: { name: 'M', developer: 'Lab', announced: '2024-02-15', released: 'not released', discontinued: undefined, sources: [source] },
	};
	const kase = {
		id: 'a-v-b',
		data: {
			shortName: 'A v. B',
			court: 'Example Court',
			parties: { claimants: ['A', 'C', 'D', 'E'], respondents: ['B'] },
			filed: '2023-01',
			rulings: [{ date: '2024-05-02', court: 'Example Court', holding: 'The court let the claims go on.', source }],
			relatedModels: ['m'],
			sources: [source],
		},
	};
	it('merges event records with filings, rulings and release dates from other records, oldest first', () => {
		const timeline = buildTimeline([event('law', '2024')], [kase as never], [model as never]);
		expect(timeline.map((e) => [e.id, e.kind])).toEqual([
			['case-a-v-b-filed', 'lawsuit filed'],
			['law', 'law signed'],
			['model-m-announced', 'model announced'],
			['case-a-v-b-ruling-1', 'ruling'],
		]);
		expect(timeline[0]!.summary).toBe('A, C and 2 others filed A v. B in the Example Court.');
		expect(timeline[3]!.models).toEqual(['m']);
	});
	it('fails on an event naming a case that does not exist', () => {
		expect(() => buildTimeline([event('e', '2024', { cases: ['ghost'] })], [], [])).toThrow('content/events/e.yaml: cases names "ghost"');
	});
	it('counts entries per quarter, with empty quarters kept and year-only dates apart', () => {
		const { counts, yearOnly } = countByQuarter(buildTimeline([event('a', '2024-02-01'), event('b', '2024-08'), event('c', '2024')], [], []));
		expect(counts.map((c) => [c.quarter, c.byFamily['Laws and rules']])).toEqual([
			['2024-Q1', 1],
			['2024-Q2', 0],
			['2024-Q3', 1],
		]);
		expect(yearOnly).toBe(1);
	});
	it('puts every kind in one family', () => {
		const grouped = Object.values(kindFamilies).flat();
		expect([...grouped].sort()).toEqual([...eventKinds].sort());
		expect(familyOf('deal')).toBe('Deals and labour');
	});
	it('names quarters and parties', () => {
		expect(quarterOf('2025-12-31')).toBe('2025-Q4');
		expect(quarterOf('2025')).toBeUndefined();
		expect(quarterRange(['2025-Q4', '2025-Q2'])).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
		expect(partyList(['A', 'B'])).toBe('A and B');
		expect(partyList(['A', 'B', 'C'])).toBe('A, B and one other');
	});
});

describe('searchFacets', () => {
	it('gives record pages their type and every page its section', () => {
		expect(searchFacets('/law/cases/bartz-v-anthropic/')).toEqual({ type: 'case', section: 'Law' });
		expect(searchFacets('/law/cases/')).toEqual({ type: 'page', section: 'Law' });
		expect(searchFacets('/landscape/models/veo-3/')).toEqual({ type: 'model', section: 'Landscape' });
		expect(searchFacets('/glossary/')).toEqual({ type: 'term', section: 'Reference' });
		expect(searchFacets('/timeline/')).toEqual({ type: 'event', section: 'Reference' });
		expect(searchFacets('/')).toEqual({ type: 'page', section: undefined });
	});
});
