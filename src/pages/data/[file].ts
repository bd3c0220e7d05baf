/** Open data: every record collection as JSON and CSV (e.g. /data/cases.json, /data/cases.csv), CC BY 4.0. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toCsv, toJson } from '../../data/export.ts';
import { recordCollections, type RecordCollection } from '../../schemas/records.ts';

/** Collections with at least one record; an empty collection publishes no file. */
export async function getStaticPaths() {
	const collections = Object.keys(recordCollections) as RecordCollection[];
	const withRecords = [];
	for (const collection of collections) if ((await getCollection(collection)).length > 0) withRecords.push(collection);
	return withRecords.flatMap((collection) =>
		(['json', 'csv'] as const).map((format) => ({ params: { file: `${collection}.${format}` }, props: { collection, format } })),
	);
}

interface Props {
	collection: RecordCollection;
	format: 'json' | 'csv';
}

export const GET: APIRoute<Props> = async ({ props: { collection, format } }) => {
	const records = await getCollection(collection);
	if (format === 'json') {
		return new Response(toJson(collection, records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
	}
	return new Response(toCsv(collection, records as never), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
