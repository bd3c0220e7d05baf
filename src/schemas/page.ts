import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { pastDate } from './dates.ts';
import { changeSchema } from './change.ts';

/**
 * Front-matter fields this reference work adds to Starlight's docs schema.
 * Starlight's own fields (title, description, template, hero, sidebar…) stay as they are.
 */
export const pageFrontmatter = z.object({
	/** The day an editor last checked every fact on the page against its sources. */
	lastReviewed: pastDate.describe('Day an editor last checked the page against its sources (YYYY-MM-DD)'),
	/** One or two sentences for cards and section overviews; plain text, no Markdown. */
	summary: z
		.string()
		.min(30, { error: 'write at least 30 characters: one full sentence' })
		.max(240, { error: 'keep it to 240 characters: one or two sentences' })
		.optional()
		.describe('One or two plain sentences shown on cards and section overviews'),
	/** The page's public history, newest last; feeds "What's new" and the corrections log. */
	changes: z.array(changeSchema).optional().describe('Dated updates and corrections, oldest first'),
}).superRefine((page, ctx) => {
	const latest = page.changes?.at(-1);
	if (latest && latest.date.getTime() > page.lastReviewed.getTime()) {
		ctx.addIssue({ code: 'custom', path: ['lastReviewed'], message: 'move lastReviewed to the date of the latest change (a change means the page was reviewed)' });
	}
});

export type PageFrontmatter = z.infer<typeof pageFrontmatter>;

/** The complete schema of a page: Starlight's fields plus ours. Used by the collection and the content checker. */
export const docsEntrySchema = docsSchema({ extend: pageFrontmatter });
