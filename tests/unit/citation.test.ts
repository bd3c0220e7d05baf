import { describe, expect, it } from 'vitest';
import { citationKey, citationStyles, citationText, type CitablePage } from '../../src/citation.ts';

/** Each expected string was written out by hand from the style guide's web-page pattern. */
const page: CitablePage = {
	title: 'Methodology',
	url: 'https://frames-and-rights.github.io/about/methodology/',
	reviewed: new Date('2026-11-25'),
	siteName: 'Frames & Rights',
	author: 'Frames & Rights contributors',
};

describe('citations of a page', () => {
	it('APA 7: group author, date, italic title, site, retrieval date for content that changes', () => {
		expect(citationText('apa', page)).toBe(
			'Frames & Rights contributors. (2026, November 25). Methodology. Frames & Rights. Retrieved [Month Day, Year], from https://frames-and-rights.github.io/about/methodology/',
		);
		expect(citationStyles.apa.format(page).find((s) => s.italic)?.text).toBe('Methodology');
	});

	it('MLA 9: title in quotes, italic container, day-month-year, URL without protocol, access date', () => {
		expect(citationText('mla', page)).toBe(
			'“Methodology.” Frames & Rights, 25 Nov. 2026, frames-and-rights.github.io/about/methodology/. Accessed [Day Mon. Year].',
		);
		expect(citationStyles.mla.format(page).find((s) => s.italic)?.text).toBe('Frames & Rights');
	});

	it('Chicago: site as owner, quoted title, last-modified date, URL', () => {
		expect(citationText('chicago', page)).toBe(
			'Frames & Rights. “Methodology.” Last modified November 25, 2026. https://frames-and-rights.github.io/about/methodology/.',
		);
	});

	it('BibTeX: escaped ampersands, a key from the path, month macro, note with review date', () => {
		expect(citationText('bibtex', page)).toBe(
			[
				'@misc{framesrights-about-methodology,',
				'  author       = {{Frames \\& Rights contributors}},',
				'  title        = {Methodology},',
				'  howpublished = {Frames \\& Rights},',
				'  year         = {2026},',
				'  month        = nov,',
				'  url          = {https://frames-and-rights.github.io/about/methodology/},',
				'  note         = {Last reviewed 2026-11-25. Accessed [YYYY-MM-DD]}',
				'}',
			].join('\n'),
		);
	});

	it('RIS: electronic source with date, URL and access-date tag', () => {
		expect(citationText('ris', page)).toBe(
			[
				'TY  - ELEC',
				'AU  - Frames & Rights contributors',
				'TI  - Methodology',
				'T2  - Frames & Rights',
				'PY  - 2026',
				'DA  - 2026/11/25',
				'UR  - https://frames-and-rights.github.io/about/methodology/',
				'Y2  - [YYYY-MM-DD]',
				'ER  - ',
			].join('\n'),
		);
	});

	it('cites a section by its anchor, with the anchor in the key', () => {
		const section = { ...page, url: `${page.url}#corrections` };
		expect(citationKey(section)).toBe('framesrights-about-methodology-corrections');
		expect(citationText('chicago', section)).toContain('/about/methodology/#corrections.');
	});

	it('keeps the calendar date whatever the time zone', () => {
		expect(citationText('chicago', { ...page, reviewed: new Date('2024-01-01') })).toContain('January 1, 2024');
	});
});
