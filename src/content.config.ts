import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsDir, docsPattern } from './content-paths.ts';
import { docsEntrySchema } from './schemas/page.ts';

export const collections = {
	// Starlight's docsLoader() only reads src/content/docs; our prose lives in content/docs.
	docs: defineCollection({
		loader: glob({ base: `./${docsDir}`, pattern: docsPattern }),
		schema: docsEntrySchema,
	}),
};
