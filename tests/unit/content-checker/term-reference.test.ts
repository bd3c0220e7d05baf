import { describe, expect, it } from 'vitest';
import { termReference } from '../../../scripts/content-checker/rules/term-reference.ts';
import { internalLink } from '../../../scripts/content-checker/rules/internal-link.ts';
import { recordReference } from '../../../scripts/content-checker/rules/record-reference.ts';
import { checkFixture, checkRecordFixture } from './check-fixture.ts';

describe('term-reference', () => {
	it('passes a page without terms', () => {
		expect(checkFixture(termReference, 'good.mdx')).toEqual([]);
	});
	it('names an unknown term id and a <Term> without id, with their lines', () => {
		expect(checkFixture(termReference, 'term.bad.mdx')).toEqual([
			'10:15 <Term id="fair-usage">: no term "fair-usage" in content/terms/; use one of the file names there (without .yaml)',
			'10:60 <Term> needs an id, e.g. <Term id="fair-use">fair use</Term>',
		]);
	});
	it('knows each term as an anchor of the glossary page', () => {
		expect(checkFixture(internalLink, 'term.bad.mdx')).toEqual([expect.stringMatching(/^12:51 no section "#no-such-term" on \/glossary\/.*#fair-use/)]);
	});
});

describe('record-reference from events', () => {
	it('names the missing model and the missing page, each on its line', () => {
		expect(checkRecordFixture(recordReference, 'event.bad.yaml', 'example-event.yaml', 'events')).toEqual([
			'5:1 models: no record "no-such-model" in content/models/; use one of the file names there (without .yaml)',
			'6:1 pages: no page "/no-such-page/" on the site; give the path of a page in content/docs, e.g. /law/',
		]);
	});
});
