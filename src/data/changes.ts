import { entryUrl } from '../content-paths.ts';
import { isoDay } from '../dates.ts';
import type { Change } from '../schemas/change.ts';
import { site } from '../site.ts';

export interface PageChange extends Change {
	pageTitle: string;
	/** Root-relative URL of the page that changed. */
	url: string;
	/** Anchor of this entry on the "What's new" page, unique per page and day. */
	anchor: string;
}

/** What a page contributes to the history: its id, file and the changes in its front-matter. */
export interface PageWithChanges {
	id: string;
	filePath?: string;
	data: { title: string; changes?: Change[] };
}

/** Every change of every page, newest first; ties keep the page title order. */
export function allChanges(pages: PageWithChanges[], kind?: Change['kind']): PageChange[] {
	return pages
		.flatMap((page) =>
			(page.data.changes ?? []).map((change) => ({
				...change,
				pageTitle: page.data.title,
				url: entryUrl(page),
				anchor: `change-${isoDay(change.date)}-${page.id.replace(/\//g, '-')}`,
			})),
		)
		.filter((change) => !kind || change.kind === kind)
		.sort((a, b) => b.date.getTime() - a.date.getTime() || a.pageTitle.localeCompare(b.pageTitle));
}

/** The RSS feed of the changes (newest 100), as @astrojs/rss takes it. */
export function feedOptions(changes: PageChange[]) {
	return {
		title: `${site.name}: what's new`,
		description: `Updates and corrections to ${site.name}, ${site.tagline.toLowerCase()}.`,
		site: site.url,
		items: changes.slice(0, 100).map((change) => ({
			title: `${change.kind === 'correction' ? 'Correction: ' : ''}${change.pageTitle}`,
			// Each entry links to its line on the changes page, which links on to the page itself.
			link: `/about/changes/#${change.anchor}`,
			pubDate: change.date,
			description: `${change.summary} (${new URL(change.url, site.url).href})`,
		})),
		customData: '<language>en</language>',
	};
}
