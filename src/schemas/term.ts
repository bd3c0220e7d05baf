import { z } from 'astro/zod';
import { pastDate } from './dates.ts';
import { sourceSchema } from './source.ts';

/** A glossary term: one YAML file in content/terms/, whose file name is its anchor on the glossary page. */
export const termSchema = z
	.object({
		term: z.string().min(2).describe('The term as readers meet it, e.g. "spacetime patch"'),
		aliases: z.array(z.string()).optional().describe('Other spellings or names, e.g. "DiT" for "diffusion transformer"'),
		short: z.string().min(20).max(200).describe('One-sentence definition, shown on hover and focus'),
		explanation: z.string().min(80).describe('A longer plain-language explanation, a paragraph or two'),
		related: z.array(z.string()).optional().describe('Ids of related terms in content/terms/'),
		sources: z.array(sourceSchema).min(1).describe('Where the definition comes from'),
		lastVerified: pastDate.describe('Day the entry was last checked against its sources'),
	})
	.strict();

export type Term = z.infer<typeof termSchema>;
