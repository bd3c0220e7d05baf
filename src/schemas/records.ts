import { modelSchema } from './model.ts';

/**
 * Record collections: each is a folder of YAML files under content/, one record per
 * file, validated by its schema in the site build and in the content checker.
 */
export const recordCollections = {
	models: { dir: 'content/models', schema: modelSchema },
} as const;

export type RecordCollection = keyof typeof recordCollections;
