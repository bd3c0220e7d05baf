import { z } from 'astro/zod';
import { docsEntrySchema } from '../../../src/schemas/page.ts';
import { schemaProblems } from '../schema-problems.ts';
import type { Rule } from '../types.ts';

type SchemaContext = Parameters<typeof docsEntrySchema>[0];
// Outside Astro there is no image pipeline; a hero image path is checked as a string (the build checks the file).
const schema = docsEntrySchema({ image: () => z.string() } as unknown as SchemaContext);
const knownFields = Object.keys(schema.shape);

/** What a valid value looks like, for the fields contributors most often get wrong. */
const examples: Record<string, string> = {
	title: 'title: How text-to-video models work',
	lastReviewed: 'lastReviewed: 2026-11-25',
	summary: 'summary: One or two plain sentences that say what the page answers.',
	description: 'description: One sentence for search engines and link previews.',
};

/** Front-matter is validated with the very schema the site's content collection uses. */
export const frontmatter: Rule = {
	id: 'frontmatter',
	description: 'Page front-matter has every required field, each valid, and no unknown fields.',
	check(file) {
		if (file.kind !== 'page' || !file.tree || file.yamlErrors.length > 0) return [];
		const data = file.data ?? {};
		if (typeof data !== 'object' || Array.isArray(data)) {
			return [{ line: 1, column: 1, message: 'front-matter must be a list of "field: value" lines between two "---" lines' }];
		}
		// Starlight's schema ignores unknown fields; a misspelt optional field would vanish silently.
		const unknown = Object.keys(data)
			.filter((field) => !knownFields.includes(field))
			.map((field) => {
				const near = knownFields.find((known) => known.toLowerCase() === field.toLowerCase());
				return {
					line: file.keyLines.get(field) ?? 1,
					column: 1,
					message: `${field}: unknown field${near ? `; did you mean "${near}"?` : `; known fields are ${knownFields.join(', ')}`}`,
				};
			});
		return [...schemaProblems(file, schema, examples), ...unknown];
	},
};
