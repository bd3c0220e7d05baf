import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateServiceWorker } from '../../src/plugins/service-worker.ts';
import { launchBrowser, newContext } from './browser.ts';
import { serveStatic } from './static-server.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
let browser: Browser;
let work: string;
beforeAll(async () => {
	browser = await launchBrowser();
	work = mkdtempSync(join(tmpdir(), 'frames-offline-'));
});
afterAll(async () => {
	await browser?.close();
	rmSync(work, { recursive: true, force: true });
});

/** Wait until the service worker is active, which means its precache of the whole site is complete. */
async function waitForServiceWorker(page: Page) {
	await expect
		.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), { timeout: 30_000 })
		.toBe('activated');
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 10_000 }).toBe(true);
}

async function searchFirstResult(page: Page, query: string) {
	await page.locator('#starlight__search input').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	const input = page.locator('dialog[open]').getByRole('textbox', { name: 'Search' });
	await input.fill(query);
	const first = page.locator('dialog[open] .pagefind-ui__result-link').first();
	await first.waitFor({ timeout: 15_000 });
	return first;
}

const heading = (page: Page) => page.locator('h1').first().textContent();

describe('offline reading', () => {
	let context: BrowserContext;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		server = await serveStatic(dist);
		context = await newContext(browser);
	});
	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('after one visit, opens pages by URL and by link, and searches, with the network cut', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		await waitForServiceWorker(page);
		await context.setOffline(true);

		for (const [path, title] of [
			['/mechanics/', 'Mechanics'],
			['/law/', 'Law'],
			['/landscape/models/veo-3/', 'Veo 3'],
		]) {
			await page.goto(`${server.url}${path}`);
			await expect(heading(page)).resolves.toBe(title);
		}
		await expect(page.locator('#fr-offline').isVisible()).resolves.toBe(true);

		await page.goto(`${server.url}/mechanics/`);
		await page.locator('nav a[href="/mechanics/evaluation/"]').first().click();
		await page.waitForURL(/\/mechanics\/evaluation\/$/);
		await expect(heading(page)).resolves.toBe('How video models are evaluated');

		// The result's page was never visited online: it and the index come from the precache.
		const result = await searchFirstResult(page, 'spacetime patches');
		await result.click();
		await page.waitForURL(/\/mechanics\/how-text-to-video-works\//);
		await expect(heading(page)).resolves.toBe('How text-to-video models work');
		await page.close();
	});

	it('shows the offline page, not a browser error, for an address that is not saved', async () => {
		const page = await context.newPage();
		await context.setOffline(true);
		const response = await page.goto(`${server.url}/no-such-page/`);
		expect(response?.ok()).toBe(true);
		await expect(heading(page)).resolves.toBe('You are offline');
		await page.close();
	});
});

describe('updates', () => {
	const marker = 'Zebracorn notice for the update test';

	/** Build B: build A with one page changed, its search index rebuilt and a new service worker. */
	async function makeBuildB(buildA: string, buildB: string) {
		cpSync(buildA, buildB, { recursive: true });
		const about = join(buildB, 'about/index.html');
		writeFileSync(about, readFileSync(about, 'utf8').replace('<div class="sl-markdown-content">', `<div class="sl-markdown-content"><p>${marker}</p>`));
		rmSync(join(buildB, 'pagefind'), { recursive: true });
		const { index } = await pagefind.createIndex();
		await index!.addDirectory({ path: buildB });
		await index!.writeFiles({ outputPath: join(buildB, 'pagefind') });
		await pagefind.close();
		await generateServiceWorker(buildB);
	}

	/** The file a same-origin URL maps to in a build folder. */
	function fileFor(build: string, pathname: string) {
		const path = join(build, decodeURIComponent(pathname));
		return pathname.endsWith('/') ? join(path, 'index.html') : path;
	}

	it('a reader on build A gets build B entire after "Reload", and old precache entries are gone', async () => {
		const buildA = join(work, 'a');
		const buildB = join(work, 'b');
		cpSync(dist, buildA, { recursive: true });
		await makeBuildB(buildA, buildB);
		expect(readFileSync(join(buildA, 'pagefind/pagefind-entry.json'), 'utf8')).not.toBe(readFileSync(join(buildB, 'pagefind/pagefind-entry.json'), 'utf8'));

		const server = await serveStatic(buildA);
		const context = await newContext(browser);
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}/about/`);
			await waitForServiceWorker(page);
			await expect(page.getByText(marker).count()).resolves.toBe(0);

			server.swap(buildB);
			await page.reload();
			// Still build A, from the precache, until the reader accepts the new version.
			await expect(page.getByText(marker).count()).resolves.toBe(0);
			const update = page.locator('#fr-update button');
			await update.waitFor({ timeout: 30_000 });

			const responses: { pathname: string; body: Promise<Buffer> }[] = [];
			page.on('response', (response) => {
				const url = new URL(response.url());
				if (url.origin === server.url && response.status() === 200) responses.push({ pathname: url.pathname, body: response.body() });
			});
			await Promise.all([page.waitForEvent('load'), update.click()]);
			await expect(page.getByText(marker).count()).resolves.toBe(1);

			const result = await searchFirstResult(page, 'Zebracorn');
			expect(new URL((await result.getAttribute('href'))!, server.url).pathname).toBe('/about/');

			// Every file the page loaded after the reload is byte-for-byte build B's.
			expect(responses.length).toBeGreaterThan(5);
			for (const { pathname, body } of responses) {
				const file = fileFor(buildB, pathname);
				expect(existsSync(file), `${pathname} is not in build B`).toBe(true);
				expect((await body).equals(readFileSync(file)), `${pathname} differs from build B`).toBe(true);
			}

			const aboutEntries = await page.evaluate(async () => {
				const names = await caches.keys();
				const keys = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
				return keys.map((request) => new URL(request.url).pathname).filter((path) => path === '/about/index.html').length;
			});
			expect(aboutEntries).toBe(1);
		} finally {
			await context.close();
			await server.close();
		}
	});
});
