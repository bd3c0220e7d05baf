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

/** What a first visit to one page of the built site transfers, compressed, before any interaction. */
export function pageWeight(dist: string, path: string): PageWeight {
	const htmlFile = join(dist, path.endsWith('/') ? `${path}index.html` : path);
	const html = readFileSync(htmlFile, 'utf8');
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
	const scripts = new Set<string>();
	const follow = (src: string) => {
		if (scripts.has(src)) return;
		scripts.add(src);
		const code = readFileSync(join(dist, src), 'utf8');
		for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[^'"]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) follow(new URL(m[1]!, `http://x${src}`).pathname);
	};
	for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) follow(m[1]!);
	const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzip(readFileSync(join(dist, file))), 0);
	return { html: gzip(html), css: sum(css), js: sum(scripts) };
}
