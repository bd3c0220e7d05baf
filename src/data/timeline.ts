import type { Case } from '../schemas/case.ts';
import type { Event, eventKinds } from '../schemas/event.ts';
import type { Model } from '../schemas/model.ts';
import type { Source } from '../schemas/source.ts';
import { recordCollections } from '../schemas/records.ts';

type Kind = (typeof eventKinds)[number];

/** Records as the content layer hands them over: an id and the validated data. */
interface Entry<T> {
	id: string;
	data: T;
}

/** One line of the timeline, from an event record or derived from a case or model record. */
export interface TimelineEntry {
	/** Anchor on the timeline page; event records keep their file name. */
	id: string;
	date: string;
	kind: Kind;
	summary: string;
	/** The record the entry comes from, when it is not an event record. */
	origin?: { collection: 'cases' | 'models'; id: string };
	cases: string[];
	models: string[];
	pages: string[];
	sources: Source[];
}

/**
 * Groups of kinds for the chart, where twelve colours would be unreadable.
 * Every kind belongs to exactly one family.
 */
export const kindFamilies = {
	Models: ['model announced', 'model released', 'model discontinued'],
	'Courts and cases': ['lawsuit filed', 'ruling', 'settlement'],
	'Laws and rules': ['law signed', 'law in force'],
	'Deals and labour': ['deal', 'union agreement'],
	'Standards and other': ['standard', 'other'],
} as const satisfies Record<string, readonly Kind[]>;
export type KindFamily = keyof typeof kindFamilies;

export function familyOf(kind: Kind): KindFamily {
	return (Object.keys(kindFamilies) as KindFamily[]).find((family) => (kindFamilies[family] as readonly Kind[]).includes(kind))!;
}

/** "A", "A and B", or "A, B and 3 others", so a summary stays one readable sentence. */
export function partyList(names: string[]): string {
	if (names.length <= 2) return names.join(' and ');
	return `${names[0]}, ${names[1]} and ${names.length - 2 === 1 ? 'one other' : `${names.length - 2} others`}`;
}

const isDate = (value: string) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);

/** A case's filing and each of its rulings, as timeline entries. */
function caseEntries({ id, data }: Entry<Case>): TimelineEntry[] {
	const common = { origin: { collection: 'cases' as const, id }, cases: [id], models: data.relatedModels ?? [], pages: [] };
	const isRegistration = data.parties.respondents.length === 0;
	return [
		{
			...common,
			id: `case-${id}-filed`,
			date: data.filed,
			kind: isRegistration ? 'other' : 'lawsuit filed',
			summary: isRegistration
				? `${partyList(data.parties.claimants)} began the proceeding ${data.shortName} before the ${data.court}.`
				: `${partyList(data.parties.claimants)} filed ${data.shortName} in the ${data.court}.`,
			sources: data.sources.slice(0, 1),
		},
		...data.rulings.map((ruling, index) => ({
			...common,
			id: `case-${id}-ruling-${index + 1}`,
			date: ruling.date,
			kind: 'ruling' as const,
			summary: `${data.shortName}: ${ruling.holding}`,
			sources: [ruling.source],
		})),
	];
}

/** A model's announcement, release and discontinuation, as far as its record dates them. */
function modelEntries({ id, data }: Entry<Model>): TimelineEntry[] {
	const common = { origin: { collection: 'models' as const, id }, cases: [], models: [id], pages: [], sources: data.sources.slice(0, 1) };
	const entries: TimelineEntry[] = [];
	if (isDate(data.announced)) entries.push({ ...common, id: `model-${id}-announced`, date: data.announced, kind: 'model announced', summary: `${data.developer} announced ${data.name}.` });
	if (isDate(data.released)) entries.push({ ...common, id: `model-${id}-released`, date: data.released, kind: 'model released', summary: `${data.developer} released ${data.name} to the public.` });
	if (data.discontinued) entries.push({ ...common, id: `model-${id}-discontinued`, date: data.discontinued, kind: 'model discontinued', summary: `${data.developer} stopped offering ${data.name}.` });
	return entries;
}

/**
 * Every dated thing the site records, oldest first: the event records, plus filings and
 * rulings from the case records and release dates from the model records, which are not
 * written twice. Throws when an event names a case or model that does not exist.
 */
export function buildTimeline(events: Entry<Event>[], cases: Entry<Case>[], models: Entry<Model>[]): TimelineEntry[] {
	const caseIds = new Set(cases.map((c) => c.id));
	const modelIds = new Set(models.map((m) => m.id));
	const fromEvents = events.map(({ id, data }): TimelineEntry => {
		for (const ref of data.cases ?? []) if (!caseIds.has(ref)) throw new Error(`${recordCollections.events.dir}/${id}.yaml: cases names "${ref}", which is not in ${recordCollections.cases.dir}/`);
		for (const ref of data.models ?? []) if (!modelIds.has(ref)) throw new Error(`${recordCollections.events.dir}/${id}.yaml: models names "${ref}", which is not in ${recordCollections.models.dir}/`);
		return { id, date: data.date, kind: data.kind, summary: data.summary, cases: data.cases ?? [], models: data.models ?? [], pages: data.pages ?? [], sources: data.sources };
	});
	return [...fromEvents, ...cases.flatMap(caseEntries), ...models.flatMap(modelEntries)].sort(
		(a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
	);
}

/** "2025-Q3" for a date known at least to the month; undefined for a year alone. */
export function quarterOf(date: string): string | undefined {
	const [year, month] = date.split('-');
	return month ? `${year}-Q${Math.ceil(Number(month) / 3)}` : undefined;
}

/** Every quarter from the first to the last, so empty quarters show as gaps, not vanish. */
export function quarterRange(quarters: string[]): string[] {
	if (quarters.length === 0) return [];
	const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(-1)) - 1;
	const sorted = quarters.map(index).sort((a, b) => a - b);
	const range: string[] = [];
	for (let i = sorted[0]!; i <= sorted.at(-1)!; i++) range.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
	return range;
}

/** Entries per quarter and family, for the chart; entries dated only to a year are counted apart. */
export function countByQuarter(entries: TimelineEntry[]) {
	const dated = entries.filter((e) => quarterOf(e.date));
	const quarters = quarterRange(dated.map((e) => quarterOf(e.date)!));
	const families = Object.keys(kindFamilies) as KindFamily[];
	const counts = quarters.map((quarter) => ({
		quarter,
		byFamily: Object.fromEntries(families.map((f) => [f, dated.filter((e) => quarterOf(e.date) === quarter && familyOf(e.kind) === f).length])) as Record<KindFamily, number>,
	}));
	return { counts, families, yearOnly: entries.length - dated.length };
}
