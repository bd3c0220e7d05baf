import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	/** Gzipped bytes of the HTML document. */
	html: number;
	/** Gzipped bytes of the stylesheets it links. */
	css: number;
	/** Gzipped bytes of the module scripts it loads up front, with their static imports (lazy chunks excluded). */
	js: number;
}

const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** The built HTML of a site path ("/law/cases/" reads dist/law/cases/index.html). */
export const htmlOf = (dist: string, path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

/** The stylesheets a page links, as paths inside dist (the print sheet included: browsers fetch it too). */
export const linkedStylesheets = (html: string) => [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);

/** The module scripts a page loads up front, with their static imports (lazy chunks excluded). */
export function upFrontScripts(dist: string, path: string): Set<string> {
	const html = htmlOf(dist, path);
	const scripts = new Set<string>();
	const follow = (src: string) => {
		if (scripts.has(src)) return;
		scripts.add(src);
		const code = readFileSync(join(dist, src), 'utf8');
		for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[^'"]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) follow(new URL(m[1]!, `http://x${src}`).pathname);
	};
	for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) follow(m[1]!);
	return scripts;
}

/** What a first visit to one page of the built site transfers, compressed, before any interaction. */
export function pageWeight(dist: string, path: string): PageWeight {
	const html = htmlOf(dist, path);
	const css = linkedStylesheets(html);
	const scripts = upFrontScripts(dist, path);
	const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzip(readFileSync(join(dist, file))), 0);
	return { html: gzip(html), css: sum(css), js: sum(scripts) };
}
