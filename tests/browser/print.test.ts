import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function pdfText(pdf: Buffer) {
	const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
	const pages = [];
	for (let n = 1; n <= document.numPages; n++) {
		const content = await (await document.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return pages.join('\n').replace(/\s+/g, ' ');
}

it('prints the content with its footnotes and citation, without the sidebar or search', async () => {
	const page = await openPage(browser, '/about/methodology/');
	const text = await pdfText(await page.pdf({ format: 'A4' }));
	await page.close();
	expect(text).toContain('What last reviewed means');
	// Footnotes, with the source address written out after the link text.
	expect(text).toContain('Deed – Attribution 4.0 International');
	expect(text).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
	expect(text).toContain('Cite this page');
	expect(text).toMatch(/Last reviewed \d{1,2} [A-Z][a-z]+ \d{4}/);
	// Sidebar entries of other sections, the table of contents and the search box are not printed.
	expect(text).not.toContain('Compare video models');
	expect(text).not.toContain('On this page');
	expect(text).not.toMatch(/Search\s+Ctrl/);
});
