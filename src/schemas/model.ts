import { z } from 'astro/zod';
import { partialDate, pastDate } from './dates.ts';
import { sourceSchema } from './source.ts';

/** Written wherever a maker has not published a value; never guess instead. */
export const NOT_DISCLOSED = 'not disclosed';
const notDisclosed = z.literal(NOT_DISCLOSED);

export const modelStatuses = ['available', 'limited', 'research-only', 'discontinued'] as const;
export const accessModes = ['consumer app', 'web app', 'subscription', 'API', 'cloud platform', 'Discord', 'open weights', 'research preview'] as const;
export const audioSupport = ['native', 'separate model', 'none', NOT_DISCLOSED] as const;
export const provenanceAnswers = ['yes', 'no', NOT_DISCLOSED] as const;
export const trainingDisclosures = ['detailed', 'partial', NOT_DISCLOSED] as const;

const provenanceMeasure = z
	.object({
		answer: z.enum(provenanceAnswers).describe('Does the maker apply this measure to outputs?'),
		note: z.string().optional().describe('Which scheme, since when, or any limit, e.g. "SynthID" or "removed for Pro plan"'),
	})
	.strict();

/**
 * A generative video model as readers meet it: one YAML file in content/models/,
 * whose file name is the model's id and URL (`sora-2.yaml` → /landscape/models/sora-2/).
 */
export const modelSchema = z
	.object({
		name: z.string().min(2).describe('Name as the maker writes it, e.g. "Veo 3"'),
		developer: z.string().min(2).describe('Company or lab that built it, e.g. "Google DeepMind"'),
		summary: z.string().min(30).max(300).describe('One or two plain sentences on what it is and why it matters'),
		announced: z
			.union([partialDate, notDisclosed], { error: 'a date (YYYY-MM-DD, YYYY-MM or YYYY) or "not disclosed"' })
			.describe('First public announcement'),
		released: z
			.union([partialDate, z.literal('not released')], { error: 'a date (YYYY-MM-DD, YYYY-MM or YYYY) or "not released"' })
			.describe('First date the public (or paying users) could use it'),
		status: z.enum(modelStatuses).describe('available, limited (waitlist, invite, some countries), research-only, or discontinued'),
		statusAsOf: pastDate.describe('Day the status was last confirmed against a source'),
		discontinued: partialDate.optional().describe('When it stopped being offered; required when status is discontinued'),
		access: z.array(z.enum(accessModes)).min(1).describe('How people get to use it'),
		maxDurationAtLaunch: z
			.union([z.number().positive(), notDisclosed], { error: 'a number of seconds, e.g. 20, or "not disclosed"' })
			.describe('Longest single clip at launch, in seconds'),
		maxResolutionAtLaunch: z
			.union([z.string().regex(/^\d{3,4}p$|^4K$/), notDisclosed], { error: 'a resolution such as 720p, 1080p or 4K, or "not disclosed"' })
			.describe('Highest output resolution at launch'),
		audio: z.enum(audioSupport).describe('native (generated with the picture), separate model, none, or not disclosed'),
		openWeights: z.boolean().describe('Can anyone download the weights?'),
		weightsLicence: z.string().min(2).optional().describe('Licence of the weights; required when openWeights is true'),
		provenance: z
			.object({
				c2pa: provenanceMeasure.describe('C2PA Content Credentials manifest on outputs'),
				invisibleWatermark: provenanceMeasure.describe('Invisible watermark such as SynthID'),
				visibleWatermark: provenanceMeasure.describe('Visible mark on the picture'),
			})
			.strict()
			.describe('What the maker says it attaches to outputs so others can tell they were generated'),
		trainingData: z
			.object({
				disclosure: z.enum(trainingDisclosures).describe('How much the maker has said about training data'),
				summary: z.string().min(10).describe('What the maker has said, in one or two sentences, or that it has said nothing'),
			})
			.strict()
			.describe('What the maker has disclosed about the data the model learned from'),
		sources: z.array(sourceSchema).min(1).describe('Sources for the facts above, primary first'),
		lastVerified: pastDate.describe('Day every field was last checked against the sources'),
	})
	.strict()
	.superRefine((model, ctx) => {
		if (model.status === 'discontinued' && !model.discontinued) {
			ctx.addIssue({ code: 'custom', path: ['discontinued'], message: 'a discontinued model needs the date it was discontinued' });
		}
		if (model.openWeights && !model.weightsLicence) {
			ctx.addIssue({ code: 'custom', path: ['weightsLicence'], message: 'open-weight models need the licence of their weights' });
		}
	});

export type Model = z.infer<typeof modelSchema>;
