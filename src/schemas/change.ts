import { z } from 'astro/zod';
import { pastDate } from './dates.ts';
import { sourceSchema } from './source.ts';

/**
 * One entry in a page's public history. The "What's new" page, its feed and the
 * corrections log are all built from these; nothing is listed by hand.
 */
export const changeSchema = z
	.object({
		date: pastDate.describe('Day the change was published'),
		kind: z.enum(['update', 'correction']).default('update').describe('An update adds or revises; a correction fixes something that was wrong'),
		summary: z.string().min(10).max(300).describe('What changed, in one sentence; for a correction, what was wrong and what is right'),
		source: sourceSchema.optional().describe('For a correction: the source that shows the right fact'),
	})
	.strict()
	.superRefine((change, ctx) => {
		if (change.kind === 'correction' && !change.source) {
			ctx.addIssue({ code: 'custom', path: ['source'], message: 'a correction needs the source that shows the right fact' });
		}
	});

export type Change = z.infer<typeof changeSchema>;
