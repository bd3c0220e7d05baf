import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { docsDir, docsPattern } from './content-paths';
import { pageFrontmatter } from './schemas/page';

export const collections = {
	// Starlight's docsLoader() only reads src/content/docs; our prose lives in content/docs.
	docs: defineCollection({
		loader: glob({ base: `./${docsDir}`, pattern: docsPattern }),
		schema: docsSchema({ extend: pageFrontmatter }),
	}),
};
