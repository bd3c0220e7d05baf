import { z } from 'astro/zod';
import { partialDate } from './dates.ts';

/** A web address a reader can open: http or https only. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'expected a full http(s) URL, e.g. https://example.org/page' });

/** One source a record relies on. Primary sources (reports, opinions, official posts) first. */
export const sourceSchema = z
	.object({
		title: z.string().min(3).describe('Title as the source gives it'),
		publisher: z.string().min(2).describe('Author, organisation or outlet'),
		url: webUrl.describe('Where a reader can open the source'),
		date: partialDate.optional().describe('Publication date as the source gives it'),
		supports: z.string().min(3).optional().describe('Which of the record\'s facts this source backs'),
	})
	.strict();

export type Source = z.infer<typeof sourceSchema>;
