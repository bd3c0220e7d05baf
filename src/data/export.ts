import { stringify } from 'csv-stringify/sync';
import { site } from '../site.ts';
import { isoDay } from '../dates.ts';
import type { Source } from '../schemas/source.ts';
import { jurisdictions, type Case } from '../schemas/case.ts';
import type { Event } from '../schemas/event.ts';
import type { Model } from '../schemas/model.ts';
import type { Term } from '../schemas/term.ts';
import { recordCollections, type RecordCollection } from '../schemas/records.ts';

/** A record as it leaves the site: its id and the data validated by its collection schema. */
export interface ExportRecord<T> {
	id: string;
	data: T;
}

/** Values with their field paths, as they go into one CSV row. */
type Row = Record<string, string | number | boolean>;

const list = (values: readonly string[] | undefined) => (values ?? []).join('; ');
const sourceUrls = (sources: readonly Source[]) => list(sources.map((s) => s.url));
const absoluteUrl = (collection: RecordCollection, id: string) => new URL(recordCollections[collection].urlFor(id), site.url).href;

/** CSV columns per collection: flat, one row per record, readable in a spreadsheet. */
const csvRows = {
	models: (id: string, m: Model): Row => ({
		id,
		url: absoluteUrl('models', id),
		name: m.name,
		developer: m.developer,
		announced: m.announced,
		released: m.released,
		status: m.status,
		statusAsOf: isoDay(m.statusAsOf),
		discontinued: m.discontinued ?? '',
		access: list(m.access),
		maxDurationAtLaunch: m.maxDurationAtLaunch,
		maxResolutionAtLaunch: m.maxResolutionAtLaunch,
		audio: m.audio,
		openWeights: m.openWeights,
		weightsLicence: m.weightsLicence ?? '',
		c2pa: m.provenance.c2pa.answer,
		invisibleWatermark: m.provenance.invisibleWatermark.answer,
		visibleWatermark: m.provenance.visibleWatermark.answer,
		trainingDataDisclosure: m.trainingData.disclosure,
		sources: sourceUrls(m.sources),
		lastVerified: isoDay(m.lastVerified),
	}),
	cases: (id: string, c: Case): Row => {
		const latest = c.rulings.at(-1);
		return {
			id,
			url: absoluteUrl('cases', id),
			shortName: c.shortName,
			title: c.title,
			jurisdiction: jurisdictions[c.jurisdiction],
			court: c.court,
			caseNumber: c.caseNumber ?? '',
			claimants: list(c.parties.claimants),
			respondents: list(c.parties.respondents),
			filed: c.filed,
			media: list(c.media),
			claims: list(c.claims),
			status: c.status,
			statusAsOf: isoDay(c.statusAsOf),
			rulingCount: c.rulings.length,
			latestRulingDate: latest?.date ?? '',
			latestRulingHolding: latest?.holding ?? '',
			amounts: list(c.amounts?.map((a) => `${a.kind}: ${a.amount}`)),
			relatedModels: list(c.relatedModels),
			whyItMatters: c.whyItMatters,
			sources: sourceUrls(c.sources),
			lastVerified: isoDay(c.lastVerified),
		};
	},
	events: (id: string, e: Event): Row => ({
		id,
		url: absoluteUrl('events', id),
		date: e.date,
		kind: e.kind,
		summary: e.summary,
		cases: list(e.cases),
		models: list(e.models),
		pages: list(e.pages),
		sources: sourceUrls(e.sources),
		lastVerified: isoDay(e.lastVerified),
	}),
	terms: (id: string, t: Term): Row => ({
		id,
		url: absoluteUrl('terms', id),
		term: t.term,
		aliases: list(t.aliases),
		short: t.short,
		explanation: t.explanation,
		related: list(t.related),
		sources: sourceUrls(t.sources),
		lastVerified: isoDay(t.lastVerified),
	}),
} satisfies { [K in RecordCollection]: (id: string, data: never) => Row };

/**
 * What the CSV columns that are not a record field of the same name hold; other columns
 * take their description from the schema. A unit test keeps this list complete.
 */
export const derivedCsvColumns: Record<RecordCollection, Record<string, string>> = {
	models: {
		url: 'Address of the model\'s page on this site',
		c2pa: 'provenance.c2pa.answer: does the maker attach C2PA Content Credentials?',
		invisibleWatermark: 'provenance.invisibleWatermark.answer: does the maker apply an invisible watermark?',
		visibleWatermark: 'provenance.visibleWatermark.answer: does the maker apply a visible mark?',
		trainingDataDisclosure: 'trainingData.disclosure: how much the maker has said about training data',
	},
	cases: {
		url: 'Address of the case\'s page on this site',
		claimants: 'parties.claimants, separated by "; "',
		respondents: 'parties.respondents, separated by "; "',
		rulingCount: 'How many rulings the record lists',
		latestRulingDate: 'Date of the most recent ruling listed',
		latestRulingHolding: 'What the most recent ruling decided',
		amounts: 'Each amount as "kind: amount" (claimed, agreed or awarded), separated by "; "',
	},
	events: { url: 'Address of the event on the timeline' },
	terms: { url: 'Address of the term on the glossary page' },
};

/** The CSV column names of a collection, in order, as toCsv writes them. */
export function csvColumns<C extends RecordCollection>(collection: C, sample: ExportRecord<Parameters<(typeof csvRows)[C]>[1]>): string[] {
	return Object.keys((csvRows[collection] as (id: string, data: unknown) => Row)(sample.id, sample.data));
}

/** The JSON open-data file of a collection: the records with ids, URLs and the licence. */
export function toJson(collection: RecordCollection, records: ExportRecord<unknown>[]): string {
	const sorted = [...records].sort((a, b) => a.id.localeCompare(b.id));
	return JSON.stringify(
		{
			title: `${site.name}: ${collection}`,
			licence: site.contentLicence,
			attribution: `${site.name} contributors, ${site.url}`,
			count: sorted.length,
			records: sorted.map(({ id, data }) => ({ id, url: absoluteUrl(collection, id), ...(data as object) })),
		},
		null,
		2,
	);
}

/** The CSV open-data file of a collection, with a header row. */
export function toCsv<C extends RecordCollection>(collection: C, records: ExportRecord<Parameters<(typeof csvRows)[C]>[1]>[]): string {
	const toRow = csvRows[collection] as (id: string, data: unknown) => Row;
	const rows = [...records].sort((a, b) => a.id.localeCompare(b.id)).map(({ id, data }) => toRow(id, data));
	return stringify(rows, { header: true, columns: rows[0] ? Object.keys(rows[0]) : [], cast: { boolean: (value) => String(value) } });
}
