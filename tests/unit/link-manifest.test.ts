import { describe, expect, it } from 'vitest';
import { anchorsIn, checkManifest, mergeManifest } from '../../scripts/link-manifest/links.ts';

const manifest = { '/law/': ['fair-use', 'labels'], '/old-page/': ['intro'] };

describe('link manifest', () => {
	it('passes when every promised page and anchor still resolves, through a redirect or an alias', () => {
		const site = { '/law/': ['fair-use', 'labels'], '/new-page/': ['intro'] };
		expect(checkManifest(manifest, site, { '/old-page/': '/new-page/' })).toEqual([
			expect.objectContaining({ link: '/new-page/', message: expect.stringMatching(/not yet in .*npm run links:update/) }),
		]);
		expect(checkManifest(mergeManifest(manifest, site), site, { '/old-page/': '/new-page/' })).toEqual([]);
	});

	it('fails on a removed heading and says how to keep the old anchor', () => {
		const site = { '/law/': ['fair-use'], '/old-page/': ['intro'] };
		expect(checkManifest(manifest, site, {})).toEqual([
			{ link: '/law/#labels', message: expect.stringMatching(/section anchor is gone; keep it as an alias .*#labels/) },
		]);
	});

	it('fails on a removed page that no redirect covers', () => {
		expect(checkManifest(manifest, { '/law/': ['fair-use', 'labels'] }, {})).toEqual([
			{ link: '/old-page/', message: expect.stringMatching(/page is gone; add a redirect .*src\/redirects\.ts/) },
		]);
	});

	it('never drops a promise when updating', () => {
		expect(mergeManifest(manifest, { '/law/': ['new-section'] })['/law/']).toEqual(['fair-use', 'labels', 'new-section']);
	});

	it('reads heading ids and aliases from HTML, not Starlight\'s own ids', () => {
		const html = '<h2 id="starlight__on-this-page">On this page</h2><span id="old" class="fr-anchor-alias"></span><h2 id="new">New</h2><h3 id="sub">Sub</h3><h2 class="sr-only" id="footnote-label">Footnotes</h2>';
		expect(anchorsIn(html)).toEqual(['new', 'old', 'sub']);
	});
});
