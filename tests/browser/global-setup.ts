import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { findBrowser } from './find-browser.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		browserPath: string;
	}
}

/**
 * Serves the built site (dist/) with `astro preview`, the same server `npm start` uses,
 * and finds a browser once for every browser test file.
 */
export default async function setup(project: TestProject) {
	const root = new URL('../../', import.meta.url);
	if (!existsSync(new URL('dist/index.html', root))) {
		throw new Error('dist/ has no built site. Run "npm run build" first (npm test does this for you).');
	}
	const browser = await findBrowser();
	console.log(`Browser: ${browser.executablePath} (${browser.source})`);
	const server = await preview({ root: root.pathname, logLevel: 'warn', server: { host: '127.0.0.1', port: 4329 } });
	project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
	project.provide('browserPath', browser.executablePath);
	return async () => {
		await server.stop();
	};
}
