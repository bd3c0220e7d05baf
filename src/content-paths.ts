/**
 * Where prose lives. Both the Astro content collection and the content checker
 * read these, so a page the site builds is always a page the checker sees.
 */
export const docsDir = 'content/docs';
/** Markdown and MDX files; a leading underscore keeps a file out of the site (Starlight's convention). */
export const docsPattern = '**/[^_]*.{md,mdx}';

/** A lowercase, hyphenated name: the file name is the page's stable URL segment. */
export const slugSegment = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The URL path of a page from its path inside content/docs, as Astro's glob loader
 * and Starlight produce it for slug-shaped file names: `law/index.mdx` → `/law/`.
 */
export function pageUrlFor(docsPath: string): string {
	const withoutExtension = docsPath.replace(/\.(md|mdx)$/, '');
	const withoutIndex = withoutExtension === 'index' ? '' : withoutExtension.replace(/\/index$/, '');
	return withoutIndex === '' ? '/' : `/${withoutIndex}/`;
}

/** The URL path of a docs collection entry, from the file it was loaded from. */
export function entryUrl(entry: { filePath?: string }): string {
	return pageUrlFor(entry.filePath!.slice(docsDir.length + 1));
}

/** A request path with the trailing slash every page URL has (`trailingSlash: 'always'`). */
export function withTrailingSlash(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

/** Files the build writes from src/pages routes (besides pages and /data/*), which content may link to. */
export const generatedFiles = ['/changes.xml', '/manifest.webmanifest'];
