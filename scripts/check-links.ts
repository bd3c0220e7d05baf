/**
 * npm test's link check: every internal link and #anchor of the built site (dist/).
 * External URLs are skipped, because CI has no network; `npm run check:external`
 * (this script with --external) checks them too, on a machine that is online.
 */
import { LinkChecker, LinkState } from 'linkinator';

const checkExternal = process.argv.includes('--external');
const localServer = /^https?:\/\/(localhost|127\.0\.0\.1)[:/]/;

const result = await new LinkChecker().check({
	path: 'dist',
	recurse: true,
	checkFragments: true,
	concurrency: checkExternal ? 10 : 50,
	timeout: checkExternal ? 20_000 : 5_000,
	linksToSkip: async (link) => !checkExternal && !localServer.test(link),
});

const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED).length;
for (const link of broken) {
	const page = link.parent ?? '(start)';
	const reason = link.failureDetails?.map((d) => (d instanceof Error ? d.message : (d as { statusText?: string })?.statusText)).filter(Boolean).join('; ');
	console.log(`${page}  →  ${link.url}  (${link.status ?? 'no response'}${reason ? `: ${reason}` : ''})`);
}
if (broken.length > 0) {
	console.log(`\n✗ ${broken.length} broken of ${checked} links checked`);
	process.exit(1);
}
console.log(`✓ ${checked} links checked${checkExternal ? ' (including external)' : ' (external skipped; npm run check:external checks them)'}, none broken`);
