/**
 * Old or short addresses → the page they lead to. Astro writes a small static page at each
 * old path that forwards to the new one (the service worker caches it, so it works offline),
 * and the link-manifest check accepts a redirected page as still reachable.
 * Never remove an entry: course pages may link to the old address for years.
 */
export const redirects: Record<string, string> = {
	/** A short address for the model comparison, easy to read out in class. */
	'/models/': '/landscape/models/',
};
