import { describe, expect, it } from 'vitest';
import { findBrowser } from '../browser/find-browser.ts';

describe('findBrowser', () => {
	it('prefers CHROME_PATH when it exists', async () => {
		const found = await findBrowser({ CHROME_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome');
		expect(found).toEqual({ executablePath: '/opt/chrome', source: 'CHROME_PATH' });
	});
	it('fails with a fix when CHROME_PATH points nowhere', async () => {
		await expect(findBrowser({ CHROME_PATH: '/nope' }, () => false)).rejects.toThrow(/CHROME_PATH is set to "\/nope"/);
	});
	it('uses a system Chromium before the bundled one', async () => {
		const found = await findBrowser({}, (p) => p === '/usr/bin/chromium');
		expect(found.source).toBe('system');
	});
	it('falls back to the Chromium shipped in an npm package', async () => {
		const found = await findBrowser({}, () => false);
		expect(found.source).toMatch(/@sparticuz\/chromium/);
		expect(found.executablePath).toMatch(/chromium/);
	});
	it('fails with a message that says how to get a browser when there is none', async () => {
		const none = () => Promise.reject(new Error('not installed'));
		await expect(findBrowser({}, () => false, none)).rejects.toThrow(/No Chromium found[\s\S]*not installed[\s\S]*apt-get install chromium/);
	});
});
