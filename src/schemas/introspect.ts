import type { z } from 'astro/zod';

/** Just enough of zod 4's internal definitions to read a schema's structure. */
export type Def = {
	type: string;
	shape?: Record<string, z.ZodType>;
	innerType?: z.ZodType;
	element?: z.ZodType;
	entries?: Record<string, string>;
	options?: z.ZodType[];
	in?: z.ZodType;
	values?: unknown[];
	format?: string;
};

export const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Unwrap optional/default/pipe wrappers; say whether the field may be left out, and its description. */
export function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean; description?: string } {
	let core = schema;
	let optional = false;
	let description = schema.description;
	for (;;) {
		const def = defOf(core);
		if (def.type === 'optional' || def.type === 'default') {
			optional = true;
			core = def.innerType!;
		} else if (def.type === 'pipe') {
			core = def.in!;
		} else break;
		description ??= core.description;
	}
	return { core, optional, description };
}

/** The description of the field at `path` (e.g. ["provenance", "c2pa", "answer"]), if the schema gives one. */
export function describeAt(schema: z.ZodType, path: PropertyKey[]): string | undefined {
	let current = schema;
	let description: string | undefined;
	for (const key of path) {
		const { core } = unwrap(current);
		const def = defOf(core);
		if (def.type === 'object' && typeof key === 'string' && def.shape![key]) current = def.shape![key]!;
		else if (def.type === 'array' && typeof key === 'number') current = def.element!;
		else return description;
		description = unwrap(current).description ?? description;
	}
	return description;
}
