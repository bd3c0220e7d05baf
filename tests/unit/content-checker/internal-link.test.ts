import { describe, expect, it } from 'vitest';
import { internalLink } from '../../../scripts/content-checker/rules/internal-link.ts';
import { checkFixture } from './check-fixture.ts';

describe('internal-link', () => {
	it('passes links to existing pages, anchors, public files and external sites', () => {
		expect(checkFixture(internalLink, 'good.mdx')).toEqual([]);
	});
	it('reports missing pages, missing trailing slashes, relative and absolute self links, drafts', () => {
		expect(checkFixture(internalLink, 'internal-link.bad.mdx')).toEqual([
			'6:1 no page at "/no-such-page/"; check the spelling against the files in content/docs',
			'6:33 add the trailing slash: "/law/"',
			'6:60 relative link "../law/" breaks when pages move; write the path from the site root, e.g. "/law/"',
			'7:1 link to this site as a root-relative path: "/law/"',
			'7:71 no page at "/_draft/"; check the spelling against the files in content/docs',
			'9:1 no page at "/missing/"; check the spelling against the files in content/docs',
			'13:1 no page at "/also-missing/"; check the spelling against the files in content/docs',
		]);
	});
});
