/**
 * The promise that links into the site keep working. `node scripts/link-manifest.ts`
 * checks the built site (dist/) against tests/link-manifest.json; `--update` adds the
 * site's current pages and section anchors to it (never removes any).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { redirects } from '../src/redirects.ts';
import { checkManifest, mergeManifest, readSiteLinks, type SiteLinks } from './link-manifest/links.ts';

const manifestPath = 'tests/link-manifest.json';
const manifest: SiteLinks = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
const site = readSiteLinks('dist');

if (process.argv.includes('--update')) {
	const merged = mergeManifest(manifest, site);
	writeFileSync(manifestPath, `${JSON.stringify(merged, null, '\t')}\n`);
	const count = (links: SiteLinks) => Object.values(links).reduce((n, anchors) => n + 1 + anchors.length, 0);
	console.log(`✓ ${manifestPath}: ${Object.keys(merged).length} pages, ${count(merged)} links (${count(merged) - count(manifest)} added)`);
	process.exit(0);
}

const problems = checkManifest(manifest, site, redirects);
for (const problem of problems) console.log(`${problem.link}  ${problem.message}`);
if (problems.length > 0) {
	console.log(`\n✗ ${problems.length} link problem${problems.length === 1 ? '' : 's'} against ${manifestPath}`);
	process.exit(1);
}
console.log(`✓ all ${Object.keys(manifest).length} pages and their section anchors in ${manifestPath} still resolve`);
