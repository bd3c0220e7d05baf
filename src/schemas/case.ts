import { z } from 'astro/zod';
import { partialDate, pastDate } from './dates.ts';
import { sourceSchema } from './source.ts';

/** Jurisdictions the tracker covers, by short code; the label is what readers see. */
export const jurisdictions = {
	us: 'United States',
	uk: 'United Kingdom',
	de: 'Germany',
	fr: 'France',
	nl: 'Netherlands',
	cz: 'Czechia',
	eu: 'European Union',
	cn: 'China',
	jp: 'Japan',
	in: 'India',
	ca: 'Canada',
	au: 'Australia',
} as const;
export type Jurisdiction = keyof typeof jurisdictions;

/**
 * Where a case stands, in procedural order. The plain-language meaning of each stage
 * is shown on the site's "what each stage means" page.
 */
export const caseStatuses = {
	filed: 'The claim has been lodged with the court; the other side has not yet had the case tested.',
	'motion to dismiss': 'A defendant has asked the court to throw out some or all claims before any evidence is gathered, arguing that even if the facts alleged are true they are not unlawful.',
	discovery: 'The claims survived early challenges and the parties are exchanging documents, data and testimony — often the longest stage.',
	'summary judgment': 'A party has asked the court to decide some or all claims on the evidence gathered, without a trial, because the key facts are not genuinely disputed.',
	trial: 'The case is being heard in full, with witnesses and evidence, before a judge or jury.',
	judgment: 'A court has decided the case at first instance; appeals may still follow.',
	'on appeal': 'A higher court has been asked to review a decision in the case.',
	settled: 'The parties agreed to end the dispute, usually on confidential terms; a court may have to approve the settlement.',
	dismissed: 'The court ended the case, or the plaintiff withdrew it, without a decision for the plaintiff.',
	decided: 'An office or court has given a final answer in a proceeding that is not a lawsuit between parties, such as a registration decision.',
} as const;
export type CaseStatus = keyof typeof caseStatuses;
const statusNames = Object.keys(caseStatuses) as [CaseStatus, ...CaseStatus[]];

/** Statuses that only follow a decision: such a case must record at least one ruling. */
export const decidedStatuses: CaseStatus[] = ['judgment', 'on appeal', 'dismissed', 'decided'];

export const caseMedia = ['image', 'video', 'text', 'music', 'voice', 'news', 'software'] as const;
export const caseClaims = [
	'copyright',
	'DMCA §1202',
	'trademark',
	'right of publicity',
	'contract',
	'unfair competition',
	'privacy',
	'database right',
	'copyrightability',
] as const;

const ruling = z
	.object({
		date: partialDate.describe('Day of the decision'),
		court: z.string().min(3).describe('Court or office that decided'),
		holding: z.string().min(20).max(500).describe('What was decided, in one or two plain sentences'),
		source: sourceSchema.describe('The decision itself where published, else reliable reporting of it'),
	})
	.strict();

const amount = z
	.object({
		kind: z.enum(['claimed', 'agreed', 'awarded']).describe('Whether the sum was claimed, agreed in a settlement, or awarded by a court'),
		amount: z.string().min(2).describe('As stated by the source, with currency, e.g. "US$1.5 billion"'),
		note: z.string().optional().describe('What the sum covers'),
		source: sourceSchema.describe('Where the sum is stated'),
	})
	.strict();

/**
 * A court case or official proceeding that shapes generative video and image models:
 * one YAML file in content/cases/, whose file name is the case's id and URL.
 */
export const caseSchema = z
	.object({
		title: z.string().min(5).describe('Full case name as the court gives it'),
		shortName: z.string().min(3).max(60).describe('Name used in tables and prose, e.g. "Andersen v. Stability AI"'),
		jurisdiction: z.enum(Object.keys(jurisdictions) as [Jurisdiction, ...Jurisdiction[]]).describe('Country or bloc whose courts hear the case'),
		court: z.string().min(3).describe('Court or office where the case is (or was last) heard'),
		caseNumber: z.string().min(2).optional().describe('Docket or case number as the court writes it; omitted when not verified'),
		parties: z
			.object({
				claimants: z.array(z.string().min(2)).min(1).describe('Who brought the case (plaintiffs, claimants, applicants)'),
				respondents: z.array(z.string().min(2)).describe('Who it is brought against (defendants); empty for registration proceedings'),
			})
			.strict()
			.describe('Who is on each side'),
		filed: partialDate.describe('Day the case was filed or the proceeding began'),
		media: z.array(z.enum(caseMedia)).min(1).describe('Kinds of work at issue'),
		claims: z.array(z.enum(caseClaims)).min(1).describe('Legal claims or questions raised'),
		status: z.enum(statusNames).describe('Where the case stands'),
		statusAsOf: pastDate.describe('Day the status was last confirmed against a source'),
		rulings: z.array(ruling).describe('Key decisions, oldest first'),
		amounts: z.array(amount).optional().describe('Money claimed, agreed or awarded'),
		whyItMatters: z.string().min(40).max(700).describe('Why the case matters for generative video, in two or three sentences'),
		relatedModels: z.array(z.string()).optional().describe('Ids of records in content/models/ that the case concerns'),
		sources: z.array(sourceSchema).min(1).describe('Sources for the record, primary first: dockets, opinions, judgments'),
		lastVerified: pastDate.describe('Day every field was last checked against the sources'),
	})
	.strict()
	.superRefine((record, ctx) => {
		if (decidedStatuses.includes(record.status) && record.rulings.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['rulings'], message: `a case with status "${record.status}" needs at least one ruling with its date and source` });
		}
		const dates = record.rulings.map((r) => r.date);
		if (dates.some((date, i) => i > 0 && date < dates[i - 1]!)) {
			ctx.addIssue({ code: 'custom', path: ['rulings'], message: 'list rulings oldest first' });
		}
	});

export type Case = z.infer<typeof caseSchema>;
