import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsDir, docsPattern } from './content-paths.ts';
import { docsEntrySchema } from './schemas/page.ts';
import { recordCollections } from './schemas/records.ts';

/** One YAML file per record; the file name is the record's id. */
const yamlRecords = (dir: string) => glob({ base: `./${dir}`, pattern: '*.yaml' });

export const collections = {
	// Starlight's docsLoader() only reads src/content/docs; our prose lives in content/docs.
	docs: defineCollection({ loader: glob({ base: `./${docsDir}`, pattern: docsPattern }), schema: docsEntrySchema }),
	models: defineCollection({ loader: yamlRecords(recordCollections.models.dir), schema: recordCollections.models.schema }),
	cases: defineCollection({ loader: yamlRecords(recordCollections.cases.dir), schema: recordCollections.cases.schema }),
	events: defineCollection({ loader: yamlRecords(recordCollections.events.dir), schema: recordCollections.events.schema }),
	terms: defineCollection({ loader: yamlRecords(recordCollections.terms.dir), schema: recordCollections.terms.schema }),
};
