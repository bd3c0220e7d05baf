import { readFileSync } from 'node:fs';
import { site } from '../../src/site.ts';

/** Every page path the built site lists in its sitemap, plus the 404 page. */
export function sitemapPaths(): string[] {
	const sitemap = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
	const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(site.url, ''));
	return [...paths, '/404.html'];
}
