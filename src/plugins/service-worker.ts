import { generateSW } from 'workbox-build';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Precache key of the page shown for a navigation that is neither cached nor reachable. */
const OFFLINE_PAGE = '/offline/index.html';

/**
 * Write dist/sw.js: a Workbox service worker that precaches every file of the build
 * (pages, assets, the whole Pagefind bundle), so the site reads and searches offline.
 * Each file is keyed by a hash of its content; a new build installs beside the old one
 * and takes over only when the reader accepts the update, so one page never mixes builds.
 */
export async function generateServiceWorker(distDir: string) {
	const { count, size, warnings } = await generateSW({
		globDirectory: distDir,
		globPatterns: ['**/*'],
		// The Content Credentials checker's WebAssembly (about 3 MB compressed) is cached when a
		// reader first uses the checker, not precached for every visitor who never will.
		globIgnores: ['sw.js', '**/*.map', '**/*.zip', '_astro/*.wasm'],
		swDest: `${distDir}/sw.js`,
		// Pagefind fetches its entry file as pagefind-entry.json?ts=<now> to defeat HTTP caches;
		// ignoring the parameter serves the precached entry of the same build.
		ignoreURLParametersMatching: [/^ts$/],
		directoryIndex: 'index.html',
		// Hashed file names already change with their content; no revision needed.
		dontCacheBustURLsMatching: /\/_astro\//,
		maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
		runtimeCaching: [
			{
				// Hashed names never change content, so the first copy fetched can serve every later visit, offline too.
				urlPattern: ({ url }) => url.pathname.startsWith('/_astro/') && url.pathname.endsWith('.wasm'),
				handler: 'CacheFirst',
				options: { cacheName: 'frames-and-rights-wasm', expiration: { maxEntries: 2 } },
			},
			{
				// A page not in the precache (a typo, a page added later): ask the network, else show the offline page.
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkOnly',
				options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
			},
		],
		skipWaiting: false,
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
	});
	return { count, size, warnings };
}

/** Astro integration: generate the service worker after Starlight has written the Pagefind index. */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'frames-and-rights:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings } = await generateServiceWorker(fileURLToPath(dir).replace(/\/$/, ''));
				for (const warning of warnings) logger.warn(warning);
				logger.info(`Service worker precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB`);
			},
		},
	};
}
