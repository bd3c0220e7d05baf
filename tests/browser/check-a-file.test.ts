import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser.ts';
import { serveStatic } from './static-server.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const sample = (name: string) => new URL(`../../public/samples/content-credentials/${name}`, import.meta.url).pathname;
const PAGE = '/ethics/check-a-file/';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let context: BrowserContext;
let page: Page;
/** Every request the page makes, to prove that nothing leaves its origin. */
const requests: string[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
	server = await serveStatic(dist);
	context = await newContext(browser);
	context.setDefaultTimeout(30_000); // the first file compiles the 8 MB WebAssembly
	page = await context.newPage();
	page.on('request', (request) => requests.push(request.url()));
	// Cut the network: anything not served by the site itself fails.
	await context.route((url) => url.origin !== new URL(server.url).origin && url.protocol !== 'blob:' && url.protocol !== 'data:', (route) => route.abort());
	await page.goto(`${server.url}${PAGE}`);
});
afterAll(async () => {
	await context?.close();
	await server?.close();
	await browser?.close();
});

async function check(name: string) {
	await page.locator('#fr-c2pa-file').setInputFiles(sample(name));
	const output = page.locator('[data-output]');
	await output.locator('h2', { hasText: name }).waitFor();
	await output.locator('[data-verdict], [data-result]:not([data-result="reading"])').first().waitFor();
	return output;
}

describe('Check a file (Content Credentials)', () => {
	it('shows the form only with JavaScript, and says what it reads', async () => {
		await expect(page.locator('form.fr-c2pa-form').isVisible()).resolves.toBe(true);
		await expect(page.locator('.fr-c2pa-formats').textContent()).resolves.toMatch(/JPG.*MP4.*Nothing leaves your device/s);
	});

	it('reads an AI-declared JPEG: valid but untrusted signer, generator, signing time, created by trained AI', async () => {
		const output = await check('ai-generated.jpg');
		await expect(output.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('untrusted');
		await expect(output.locator('[data-verdict]').textContent()).resolves.toMatch(/Valid but untrusted signer/);
		await expect(output.locator('[data-ai]').getAttribute('data-ai')).resolves.toBe('declared');
		const text = (await output.textContent())!;
		expect(text).toContain('Frames & Rights fixture generator');
		expect(text).toMatch(/Created — source: made by a generative AI model/);
		expect(text).toMatch(/Signed at\d{1,2} \w+ 20\d\d/);
		expect(text).toContain('signingCredential.untrusted');
	});

	it('reads an AI-declared MP4 the same way', async () => {
		const output = await check('ai-generated.mp4');
		await expect(output.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('untrusted');
		await expect(output.locator('[data-ai]').getAttribute('data-ai')).resolves.toBe('declared');
	});

	it('reads an edit: its actions, and the AI-generated file it was made from as an ingredient', async () => {
		const output = await check('edited.jpg');
		await expect(output.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('untrusted');
		await expect(output.locator('[data-ai]').getAttribute('data-ai')).resolves.toBe('ingredient');
		const text = (await output.textContent())!;
		expect(text).toContain('Adjusted colours');
		expect(text).toMatch(/ai-generated\.jpg \(the file this one was made from\)/);
	});

	it('reports a file changed after signing as invalid, and says why', async () => {
		const output = await check('tampered.jpg');
		await expect(output.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('invalid');
		await expect(output.textContent()).resolves.toContain('assertion.dataHash.mismatch');
	});

	it('says that a missing credential proves nothing, and links the provenance page', async () => {
		const output = await check('unsigned.jpg');
		const none = output.locator('[data-result="none"]');
		await expect(none.textContent()).resolves.toMatch(/No Content Credentials found.*proves nothing/s);
		await expect(none.locator('a').getAttribute('href')).resolves.toBe('/ethics/provenance-and-detection/');
	});

	it('turns away a format it cannot read', async () => {
		await page.locator('#fr-c2pa-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
		await expect(page.locator('[data-result="unsupported"]').textContent()).resolves.toMatch(/cannot read/);
	});

	it('turns away a dropped file too large to hold in memory, and says the limit', async () => {
		// A 300 MB file without allocating 300 MB: a one-byte File that reports a larger size, dropped on the zone.
		await page.evaluate(() => {
			const file = new File(['x'], 'huge.mp4', { type: 'video/mp4' });
			Object.defineProperty(file, 'size', { get: () => 300 * 1024 * 1024 });
			const data = new DataTransfer();
			data.items.add(file);
			document.querySelector('[data-drop]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
		});
		await expect(page.locator('[data-result="too-large"]').textContent()).resolves.toMatch(/300 MB.*up to 250 MB/);
	});

	it('sent no request outside the site, and uploaded nothing', () => {
		const origin = new URL(server.url).origin;
		const outside = requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin);
		expect(outside).toEqual([]);
		const local = requests.filter((url) => url.startsWith(origin)).map((url) => new URL(url).pathname);
		expect(local.some((path) => /\/_astro\/c2pa_bg\.[\w-]+\.wasm$/.test(path))).toBe(true);
		expect(local.filter((path) => path.startsWith('/samples/'))).toEqual([]);
	});
});

describe('Check a file, offline', () => {
	it('works with the network off once it has been used', async () => {
		const offline = await newContext(browser);
		offline.setDefaultTimeout(30_000);
		const tab = await offline.newPage();
		await tab.goto(`${server.url}${PAGE}`);
		await expect
			.poll(() => tab.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 })
			.toBe(true);
		await tab.locator('#fr-c2pa-file').setInputFiles(sample('ai-generated.jpg'));
		await tab.locator('[data-verdict]').waitFor();
		await offline.setOffline(true);
		await tab.reload();
		await tab.locator('#fr-c2pa-file').setInputFiles(sample('tampered.jpg'));
		await expect(tab.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('invalid');
		await offline.close();
	});
});
