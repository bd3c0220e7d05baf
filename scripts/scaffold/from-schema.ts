import type { z } from 'astro/zod';
import { defOf, unwrap } from '../../src/schemas/introspect.ts';

/** The allowed values of an enum or literal union, to show in a comment. */
function choices(schema: z.ZodType): string[] {
	const def = defOf(schema);
	if (def.type === 'enum') return Object.values(def.entries!);
	if (def.type === 'literal') return (def.values ?? []).map(String);
	if (def.type === 'union') return def.options!.flatMap((option) => choices(option));
	return [];
}

/** True for a union that also accepts values other than its literals (a date or "not disclosed"). */
function openUnion(schema: z.ZodType) {
	const def = defOf(schema);
	return def.type === 'union' && def.options!.some((option) => defOf(option).type !== 'literal');
}

function comment(description: string | undefined, values: string[], open = false) {
	const parts = [description, values.length ? `${open ? 'or ' : ''}one of: ${values.join(' | ')}` : undefined].filter(Boolean);
	return parts.length ? `  # ${parts.join('; ')}` : '';
}

/**
 * A YAML skeleton of a record, written from its zod schema so it never falls behind:
 * every required field appears with the value TODO, with the field's description and
 * allowed values as a comment. Optional fields are listed as comments.
 */
export function scaffoldYaml(schema: z.ZodType, indent = ''): string {
	const shape = defOf(unwrap(schema).core).shape!;
	const lines: string[] = [];
	for (const [key, field] of Object.entries(shape)) {
		const { core, optional, description } = unwrap(field);
		const def = defOf(core);
		if (optional) {
			lines.push(`${indent}# ${key}: (optional)${comment(description, choices(core))}`);
		} else if (def.type === 'object') {
			lines.push(`${indent}${key}:${comment(description, [])}`, scaffoldYaml(core, `${indent}  `));
		} else if (def.type === 'array') {
			const element = unwrap(def.element!).core;
			if (defOf(element).type === 'object') {
				const item = scaffoldYaml(element, `${indent}    `).replace(new RegExp(`^${indent}    `), `${indent}  - `);
				lines.push(`${indent}${key}:${comment(description, [])}`, item);
			} else {
				lines.push(`${indent}${key}: [TODO]${comment(description, choices(element))}`);
			}
		} else {
			lines.push(`${indent}${key}: TODO${comment(description, choices(core), openUnion(core))}`);
		}
	}
	return lines.join('\n');
}
