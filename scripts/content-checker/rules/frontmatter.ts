import { z } from 'astro/zod';
import { docsEntrySchema } from '../../../src/schemas/page.ts';
import type { Problem, Rule } from '../types.ts';

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

/** The value as written in the file (zod reports coerced values, e.g. an Invalid Date). */
function valueAt(data: object, path: PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function describeFound(value: unknown) {
	if (value === undefined) return 'nothing (the field is missing)';
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	return JSON.stringify(value);
}

/** Front-matter is validated with the very schema the site's content collection uses. */
export const frontmatter: Rule = {
	id: 'frontmatter',
	description: 'Front-matter has every required field, each valid, and no unknown fields.',
	check(file) {
		if (!file.tree || file.frontmatterErrors.length > 0) return [];
		const data = file.frontmatter ?? {};
		if (typeof data !== 'object' || Array.isArray(data)) {
			return [{ line: 1, column: 1, message: 'front-matter must be a list of "field: value" lines between two "---" lines' }];
		}
		const lineOf = (field: string) => file.frontmatterKeyLines.get(field) ?? 1;
		const problems: Problem[] = [];
		const result = schema.safeParse(data);
		for (const issue of result.success ? [] : result.error.issues) {
			const field = issue.path.join('.');
			const top = String(issue.path[0] ?? '');
			const example = examples[top] ? `, e.g. "${examples[top]}"` : '';
			problems.push({
				line: lineOf(top),
				column: 1,
				message: `${field || 'front-matter'}: found ${describeFound(valueAt(data, issue.path))}; expected ${issue.message.replace(/^Invalid input: expected /, '')}${example}`,
			});
		}
		for (const field of Object.keys(data)) {
			if (!knownFields.includes(field)) {
				const near = knownFields.find((known) => known.toLowerCase() === field.toLowerCase());
				problems.push({
					line: lineOf(field),
					column: 1,
					message: `${field}: unknown field${near ? `; did you mean "${near}"?` : `; known fields are ${knownFields.join(', ')}`}`,
				});
			}
		}
		return problems;
	},
};
