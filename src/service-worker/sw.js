/* global importScripts, workbox, self */
// The site's service worker. The build (src/plugins/service-worker.ts) replaces the two
// placeholders: the Workbox modules, copied from node_modules next to the site's assets, and
// the precache list of every file of the build with a hash of its content.
importScripts(...self.__WORKBOX_SCRIPTS);

const { precacheAndRoute, cleanupOutdatedCaches, PrecacheFallbackPlugin } = workbox.precaching;
const { registerRoute } = workbox.routing;
const { CacheFirst, NetworkOnly } = workbox.strategies;
const { ExpirationPlugin } = workbox.expiration;

// A new build waits beside the old one until the reader presses "Reload" in the update notice.
self.addEventListener('message', (event) => {
	if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});
workbox.core.clientsClaim();

precacheAndRoute(self.__WB_MANIFEST, {
	// Pagefind fetches pagefind-entry.json?ts=<now> to defeat HTTP caches; the precached entry of
	// the same build answers it.
	ignoreURLParametersMatching: [/^ts$/],
	directoryIndex: 'index.html',
});
cleanupOutdatedCaches();

// The Content Credentials checker's WebAssembly is cached on first use, not precached for
// every reader; hashed names never change content, so the cached copy serves later visits.
registerRoute(
	({ url }) => url.pathname.startsWith('/_astro/') && url.pathname.endsWith('.wasm'),
	new CacheFirst({ cacheName: 'frames-and-rights-wasm', plugins: [new ExpirationPlugin({ maxEntries: 2 })] }),
);

// A page not in the precache (a typo, a page added later): the network, else the offline page.
registerRoute(
	({ request }) => request.mode === 'navigate',
	new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: '/offline/index.html' })] }),
);
