import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GET } from '../../src/pages/manifest.webmanifest.ts';
import { site } from '../../src/site.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string) {
	const png = readFileSync(new URL(`../../public${path}`, import.meta.url));
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

describe('web app manifest', () => {
	it('names the site, starts at the root, and lists icons that exist at their stated sizes', async () => {
		const manifest = await (await GET({} as never)).json();
		expect(manifest.short_name).toBe(site.name);
		expect(manifest.start_url).toBe('/');
		expect(manifest.display).toBe('standalone');
		const pngs = manifest.icons.filter((icon: { type: string }) => icon.type === 'image/png');
		expect(pngs.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(pngs.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(true);
		for (const icon of pngs) expect(pngSize(icon.src)).toBe(icon.sizes);
	});
});
