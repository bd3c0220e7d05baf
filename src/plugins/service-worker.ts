// The module itself, not the package index, which loads Rollup and Babel for generateSW (0.45 s per build).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const require = createRequire(import.meta.url);
const workerSource = fileURLToPath(new URL('../service-worker/sw.js', import.meta.url));

/** Workbox's prebuilt production modules the worker loads, in dependency order. */
const workboxModules = ['workbox-core', 'workbox-routing', 'workbox-strategies', 'workbox-precaching', 'workbox-expiration'];

/**
 * Copy Workbox's prebuilt modules into dist/_astro/ under content-hashed names (so the long
 * cache lifetime of /_astro/ is safe) and return their URLs.
 */
function copyWorkboxModules(distDir: string): string[] {
	return workboxModules.map((name) => {
		const code = readFileSync(require.resolve(`${name}/build/${name}.prod.js`));
		const file = `_astro/${name}.${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
		writeFileSync(`${distDir}/${file}`, code);
		return `/${file}`;
	});
}

/**
 * Write dist/sw.js: a Workbox service worker that precaches every file of the build
 * (pages, assets, the whole Pagefind bundle), so the site reads and searches offline.
 * Each file is keyed by a hash of its content; a new build installs beside the old one
 * and takes over only when the reader accepts the update, so one page never mixes builds.
 *
 * Workbox's getManifest lists the files; the worker (src/service-worker/sw.js) loads Workbox's
 * prebuilt modules with importScripts. Workbox's generateSW would bundle the same modules with
 * Rollup and Terser on every build, which took 1.6 of the build's 8 seconds.
 */
export async function generateServiceWorker(distDir: string) {
	const { manifestEntries, count, size, warnings } = await getManifest({
		globDirectory: distDir,
		globPatterns: ['**/*'],
		// The Content Credentials checker's WebAssembly (about 3 MB compressed) is cached when a
		// reader first uses the checker, not precached for every visitor who never will; the
		// Workbox modules are stored with the worker itself.
		globIgnores: ['sw.js', '**/*.map', '**/*.zip', '_astro/*.wasm', '_astro/workbox-*.js'],
		// Hashed file names already change with their content; no revision needed.
		dontCacheBustURLsMatching: /\/_astro\//,
		maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
	});
	const scripts = copyWorkboxModules(distDir);
	const worker = readFileSync(workerSource, 'utf8')
		.replace('self.__WORKBOX_SCRIPTS', JSON.stringify(scripts))
		.replace('self.__WB_MANIFEST', JSON.stringify(manifestEntries));
	writeFileSync(`${distDir}/sw.js`, worker);
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
