import { modelSchema } from './model.ts';

/**
 * Record collections: each is a folder of YAML files under content/, one record per
 * file, validated by its schema in the site build and in the content checker, and
 * published at one page per record.
 */
export const recordCollections = {
	models: {
		dir: 'content/models',
		schema: modelSchema,
		/** Served by src/pages/landscape/models/[id].astro. */
		urlFor: (id: string) => `/landscape/models/${id}/`,
	},
} as const;

export type RecordCollection = keyof typeof recordCollections;

/** Where a collection's open-data export is served (src/pages/data/[collection].json.ts). */
export const dataUrlFor = (collection: RecordCollection) => `/data/${collection}.json`;
