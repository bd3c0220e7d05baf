import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { serveStatic } from './static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'frames-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('npm run bundle makes a zip that any static server can serve, with a README', async () => {
	const root = new URL('../../', import.meta.url).pathname;
	execFileSync(process.execPath, ['scripts/bundle.ts'], { cwd: root, stdio: 'pipe' });
	const files = unzipSync(readFileSync(join(root, 'frames-and-rights-offline.zip')));
	for (const [name, data] of Object.entries(files)) {
		if (name.endsWith('/')) continue;
		mkdirSync(dirname(join(work, name)), { recursive: true });
		writeFileSync(join(work, name), data);
	}
	expect(readFileSync(join(work, 'frames-and-rights/README.txt'), 'utf8')).toMatch(/python3 -m http\.server/);

	const server = await serveStatic(join(work, 'frames-and-rights'));
	const browser = await launchBrowser();
	try {
		const page = await openPage(browser, '/about/', server.url);
		await expect(page.locator('h1').first().textContent()).resolves.toBe('About Frames & Rights');
	} finally {
		await browser.close();
		await server.close();
	}
});
