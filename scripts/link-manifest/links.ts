import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page URL of a site with the section anchors on it: `{ "/law/": ["fair-use", …] }`. */
export type SiteLinks = Record<string, string[]>;

/** Heading ids (h2–h6) and kept aliases; Starlight's own ids such as "starlight__on-this-page" are not promises. */
const headingId = /<h[2-6][^>]*?\sid="([^"]+)"/g;
const aliasId = /<span[^>]*?\sid="([^"]+)"[^>]*class="fr-anchor-alias"|<span[^>]*class="fr-anchor-alias"[^>]*?\sid="([^"]+)"/g;
const internalId = /^(starlight__|footnote-label$|_top$)/;

export function anchorsIn(html: string): string[] {
	const ids = [...html.matchAll(headingId)].map((m) => m[1]!);
	const aliases = [...html.matchAll(aliasId)].map((m) => (m[1] ?? m[2])!);
	return [...new Set([...ids, ...aliases])].filter((id) => !internalId.test(id)).sort();
}

/** Read the built site: each HTML page except the 404 page, keyed by its URL path. */
export function readSiteLinks(dist: string): SiteLinks {
	const pages: SiteLinks = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html') && path !== join(dist, '404.html')) {
				const url = `/${relative(dist, path).split(sep).join('/')}`.replace(/index\.html$/, '');
				pages[url] = anchorsIn(readFileSync(path, 'utf8'));
			}
		}
	};
	walk(dist);
	return sortLinks(pages);
}

function sortLinks(links: SiteLinks): SiteLinks {
	return Object.fromEntries(Object.keys(links).sort().map((url) => [url, [...new Set(links[url])].sort()]));
}

export interface ManifestProblem {
	link: string;
	message: string;
}

/**
 * Compare the committed manifest with the built site. A page may be gone only if a
 * redirect covers it; an anchor only if its page (or the redirect's target) still
 * has that id, for instance as an alias. Links the manifest does not know yet are
 * reported too, so every new section becomes a promise.
 */
export function checkManifest(manifest: SiteLinks, site: SiteLinks, redirects: Record<string, string>): ManifestProblem[] {
	const problems: ManifestProblem[] = [];
	for (const [page, anchors] of Object.entries(manifest)) {
		const target = site[page] ? page : redirects[page];
		if (!target || !site[target]) {
			problems.push({ link: page, message: `page is gone; add a redirect from "${page}" to its new address in src/redirects.ts` });
			continue;
		}
		for (const anchor of anchors) {
			if (!site[target]!.includes(anchor)) {
				problems.push({
					link: `${page}#${anchor}`,
					message: `section anchor is gone; keep it as an alias on the heading that replaced it: "## New wording \\{#new-id #${anchor}\\}"`,
				});
			}
		}
	}
	for (const [page, anchors] of Object.entries(site)) {
		const known = manifest[page];
		const fresh = known ? anchors.filter((a) => !known.includes(a)) : [page];
		if (fresh.length > 0) {
			problems.push({ link: known ? `${page}#${fresh[0]}` : page, message: `new link not yet in tests/link-manifest.json (${fresh.length} on this page); run "npm run links:update"` });
		}
	}
	return problems;
}

/** The manifest after adding what the site has now; nothing is ever dropped. */
export function mergeManifest(manifest: SiteLinks, site: SiteLinks): SiteLinks {
	const merged: SiteLinks = { ...manifest };
	for (const [page, anchors] of Object.entries(site)) merged[page] = [...(merged[page] ?? []), ...anchors];
	return sortLinks(merged);
}
