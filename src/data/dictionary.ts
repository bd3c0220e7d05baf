import type { z } from 'astro/zod';
import { defOf, unwrap } from '../schemas/introspect.ts';

/** One field of a record as the data dictionary lists it, e.g. `rulings[].date`. */
export interface DictionaryField {
	path: string;
	type: string;
	required: boolean;
	description: string;
	/** The allowed values, for fields with a fixed vocabulary. */
	values?: string[];
}

/** A readable name for the type of a (unwrapped) schema. */
function typeName(schema: z.ZodType): string {
	const def = defOf(schema);
	switch (def.type) {
		case 'union':
			// The only union in the schemas is partialDate (a Date from YAML, or a string).
			return 'date (YYYY-MM-DD, YYYY-MM or YYYY)';
		case 'string':
			return def.format === 'url' ? 'URL' : 'string';
		case 'date':
			return 'date (YYYY-MM-DD)';
		case 'enum':
			return 'one of a fixed list';
		case 'array': {
			const element = unwrap(def.element!).core;
			return defOf(element).type === 'object' ? 'list of objects' : `list of ${typeName(element)}`;
		}
		default:
			return def.type;
	}
}

const enumValues = (schema: z.ZodType): string[] | undefined => {
	const def = defOf(schema);
	if (def.type === 'enum') return Object.values(def.entries!);
	if (def.type === 'array') return enumValues(unwrap(def.element!).core);
	return undefined;
};

/**
 * Every field of a record schema, depth first, with nested objects and lists of objects
 * spelt as paths ("parties.claimants", "rulings[].date"). Read from the zod schema itself,
 * so the dictionary cannot drift from what the build validates.
 */
export function dictionaryOf(schema: z.ZodType, prefix = ''): DictionaryField[] {
	const shape = defOf(unwrap(schema).core).shape ?? {};
	return Object.entries(shape).flatMap(([key, field]) => {
		const { core, optional, description } = unwrap(field);
		const path = `${prefix}${key}`;
		const own: DictionaryField = { path, type: typeName(core), required: !optional, description: description ?? '', values: enumValues(core) };
		const def = defOf(core);
		if (def.type === 'object') return [own, ...dictionaryOf(core, `${path}.`)];
		if (def.type === 'array') {
			const element = unwrap(def.element!).core;
			if (defOf(element).type === 'object') return [own, ...dictionaryOf(element, `${path}[].`)];
		}
		return [own];
	});
}
