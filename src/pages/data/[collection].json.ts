/** Open data: every record collection as one JSON file, built with the site (CC BY 4.0, like the text). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../../site.ts';
import { recordCollections, type RecordCollection } from '../../schemas/records.ts';

export function getStaticPaths() {
	return Object.keys(recordCollections).map((collection) => ({ params: { collection } }));
}

export const GET: APIRoute = async ({ params }) => {
	const name = params.collection as RecordCollection;
	const records = (await getCollection(name)).sort((a, b) => a.id.localeCompare(b.id));
	const body = {
		title: `${site.name}: ${name}`,
		licence: site.contentLicence,
		generated: new Date().toISOString().slice(0, 10),
		count: records.length,
		records: records.map(({ id, data }) => ({ id, url: new URL(recordCollections[name].urlFor(id), site.url).href, ...data })),
	};
	return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
