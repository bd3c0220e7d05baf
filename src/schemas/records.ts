import { caseSchema } from './case.ts';
import { eventSchema } from './event.ts';
import { modelSchema } from './model.ts';
import { termSchema } from './term.ts';

/**
 * Record collections: each is a folder of YAML files under content/, one record per
 * file, validated by its schema in the site build and in the content checker, and
 * published at one page per record. `references` names fields that hold ids of
 * records in another collection, `pageReferences` fields that hold site page paths;
 * the content checker makes sure those ids and pages exist.
 */
export const recordCollections = {
	models: {
		dir: 'content/models',
		schema: modelSchema,
		/** Served by src/pages/landscape/models/[id].astro. */
		urlFor: (id: string) => `/landscape/models/${id}/`,
		references: {},
		pageReferences: [],
	},
	cases: {
		dir: 'content/cases',
		schema: caseSchema,
		/** Served by src/pages/law/cases/[id].astro. */
		urlFor: (id: string) => `/law/cases/${id}/`,
		references: { relatedModels: 'models' },
		pageReferences: [],
	},
	events: {
		dir: 'content/events',
		schema: eventSchema,
		/** Each event is an entry on the timeline page. */
		urlFor: (id: string) => `/timeline/#${id}`,
		references: { cases: 'cases', models: 'models' },
		pageReferences: ['pages'],
	},
	terms: {
		dir: 'content/terms',
		schema: termSchema,
		/** Each term is an entry on the glossary page. */
		urlFor: (id: string) => `/glossary/#${id}`,
		references: { related: 'terms' },
		pageReferences: [],
	},
} as const;

export type RecordCollection = keyof typeof recordCollections;

/** Where a collection's JSON export is served (src/pages/data/[file].ts); the CSV sits beside it. */
export const dataUrlFor = (collection: RecordCollection) => `/data/${collection}.json`;
