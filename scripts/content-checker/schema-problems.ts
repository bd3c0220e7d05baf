import type { z } from 'astro/zod';
import { describeAt } from '../../src/schemas/introspect.ts';
import type { ContentFile, Problem } from './types.ts';

/** The value as written in the file (zod reports coerced values, e.g. an Invalid Date). */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function describeFound(value: unknown) {
	if (value === undefined) return 'nothing (the field is missing)';
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	return JSON.stringify(value);
}

/** The line of the deepest key of `path` that the file has, so nested problems point at their field. */
function lineFor(file: ContentFile, path: PropertyKey[]) {
	for (let length = path.length; length > 0; length--) {
		const line = file.keyLines.get(path.slice(0, length).join('.'));
		if (line !== undefined) return line;
	}
	return 1;
}

/**
 * Validate `file.data` with a zod schema and describe each failure the way an editor
 * would: the field, what was found, what is expected, and an example when we have one.
 */
export function schemaProblems(file: ContentFile, schema: z.ZodType, examples: Record<string, string> = {}): Problem[] {
	const data = file.data ?? {};
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((issue) => {
		const field = issue.path.join('.');
		const top = String(issue.path[0] ?? '');
		const described = describeAt(schema, issue.path);
		const example = examples[top] ? `, e.g. "${examples[top]}"` : described ? ` — the field is: ${described}` : '';
		const found = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `found ${describeFound(valueAt(data, issue.path))}`;
		const expected = issue.code === 'unrecognized_keys' ? 'remove or rename them (see the schema for the fields this record takes)' : `expected ${issue.message.replace(/^(Invalid (input|option): )?(expected )?/, '')}${example}`;
		const keyPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
		return { line: lineFor(file, keyPath), column: 1, message: `${field || (file.kind === 'page' ? 'front-matter' : 'record')}: ${found}; ${expected}` };
	});
}
