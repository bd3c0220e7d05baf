import { z } from 'astro/zod';
import { partialDate, pastDate } from './dates.ts';
import { sourceSchema } from './source.ts';

export const eventKinds = ['model announced', 'model released', 'model discontinued', 'lawsuit filed', 'ruling', 'settlement', 'law signed', 'law in force', 'deal', 'union agreement', 'standard', 'other'] as const;

/**
 * A dated event on the timeline: one YAML file in content/events/. The precision of
 * `date` (day, month or year) is how precisely it is known; it is shown as written.
 */
export const eventSchema = z
	.object({
		date: partialDate.describe('When it happened: YYYY-MM-DD, YYYY-MM or YYYY'),
		kind: z.enum(eventKinds).describe('What sort of event it is'),
		summary: z.string().min(20).max(300).describe('What happened, in one sentence'),
		cases: z.array(z.string()).optional().describe('Ids of related records in content/cases/'),
		models: z.array(z.string()).optional().describe('Ids of related records in content/models/'),
		pages: z.array(z.string().regex(/^\/.*\/$/, { error: 'a root-relative page path such as /law/' })).optional().describe('Site pages that discuss it'),
		sources: z.array(sourceSchema).min(1).describe('Sources, primary first'),
		lastVerified: pastDate.describe('Day the record was last checked against its sources'),
	})
	.strict();

export type Event = z.infer<typeof eventSchema>;
