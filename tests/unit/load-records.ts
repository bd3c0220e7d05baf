import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { recordCollections, type RecordCollection } from '../../src/schemas/records.ts';

/** Every record of a collection from content/, validated by its schema, as the site build sees it. */
export function loadRecords<C extends RecordCollection>(collection: C): { id: string; data: z.output<(typeof recordCollections)[C]['schema']> }[] {
	const { dir, schema } = recordCollections[collection];
	const folder = new URL(`../../${dir}/`, import.meta.url);
	// Git keeps no empty folders: a collection without records may have no folder yet.
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => ({ id: file.replace(/\.yaml$/, ''), data: schema.parse(parse(readFileSync(new URL(file, folder), 'utf8'))) as z.output<(typeof recordCollections)[C]['schema']> }));
}
