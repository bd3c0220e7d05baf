/**
 * Citations of a page of this site in the styles educators ask for. Hand-written because
 * citation libraries format journal articles and books from CSL data but ship no MLA or
 * Chicago web-page styles without extra style files; each format is unit-tested against
 * a hand-checked example (tests/unit/citation.test.ts).
 */

export interface CitablePage {
	title: string;
	/** Absolute URL of the page (or of a section, with its #anchor). */
	url: string;
	/** The page's last-reviewed date (UTC midnight). */
	reviewed: Date;
	siteName: string;
	author: string;
}

/** A run of text, italic where the style sets the title or container in italics. */
export interface Segment {
	text: string;
	italic?: boolean;
}

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex' | 'ris';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const mlaMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const parts = (date: Date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() });
const pad = (n: number) => String(n).padStart(2, '0');

/** Where the reader writes the day they read the page. */
const ACCESS_PLACEHOLDER = {
	apa: '[Month Day, Year]',
	mla: '[Day Mon. Year]',
	iso: '[YYYY-MM-DD]',
} as const;

function apa(page: CitablePage): Segment[] {
	const { year, month, day } = parts(page.reviewed);
	return [
		{ text: `${page.author}. (${year}, ${months[month]} ${day}). ` },
		{ text: page.title, italic: true },
		{ text: `. ${page.siteName}. Retrieved ${ACCESS_PLACEHOLDER.apa}, from ${page.url}` },
	];
}

function mla(page: CitablePage): Segment[] {
	const { year, month, day } = parts(page.reviewed);
	return [
		{ text: `“${page.title}.” ` },
		{ text: page.siteName, italic: true },
		{ text: `, ${day} ${mlaMonths[month]} ${year}, ${page.url.replace(/^https?:\/\//, '')}. Accessed ${ACCESS_PLACEHOLDER.mla}.` },
	];
}

function chicago(page: CitablePage): Segment[] {
	const { year, month, day } = parts(page.reviewed);
	return [{ text: `${page.siteName}. “${page.title}.” Last modified ${months[month]} ${day}, ${year}. ${page.url}.` }];
}

const bibtexEscape = (text: string) => text.replace(/([&%$#_{}])/g, '\\$1');

/** A citation key from the site name and the page path: "framesandrights-about-methodology". */
export function citationKey(page: CitablePage): string {
	const site = page.siteName.toLowerCase().replace(/[^a-z0-9]/g, '');
	const path = new URL(page.url).pathname.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
	const anchor = new URL(page.url).hash.slice(1);
	return [site, path || 'home', anchor].filter(Boolean).join('-');
}

function bibtex(page: CitablePage): Segment[] {
	const { year, month, day } = parts(page.reviewed);
	const text = [
		`@misc{${citationKey(page)},`,
		`  author       = {{${bibtexEscape(page.author)}}},`,
		`  title        = {${bibtexEscape(page.title)}},`,
		`  howpublished = {${bibtexEscape(page.siteName)}},`,
		`  year         = {${year}},`,
		`  month        = ${bibtexMonths[month]},`,
		`  url          = {${page.url}},`,
		`  note         = {Last reviewed ${year}-${pad(month + 1)}-${pad(day)}. Accessed ${ACCESS_PLACEHOLDER.iso}}`,
		`}`,
	].join('\n');
	return [{ text }];
}

function ris(page: CitablePage): Segment[] {
	const { year, month, day } = parts(page.reviewed);
	const text = [
		'TY  - ELEC',
		`AU  - ${page.author}`,
		`TI  - ${page.title}`,
		`T2  - ${page.siteName}`,
		`PY  - ${year}`,
		`DA  - ${year}/${pad(month + 1)}/${pad(day)}`,
		`UR  - ${page.url}`,
		`Y2  - ${ACCESS_PLACEHOLDER.iso}`,
		'ER  - ',
	].join('\n');
	return [{ text }];
}

export const citationStyles: Record<CitationStyle, { label: string; format: (page: CitablePage) => Segment[]; block?: boolean }> = {
	apa: { label: 'APA 7', format: apa },
	mla: { label: 'MLA 9', format: mla },
	chicago: { label: 'Chicago (17th ed.)', format: chicago },
	bibtex: { label: 'BibTeX', format: bibtex, block: true },
	ris: { label: 'RIS', format: ris, block: true },
};

/** The citation as plain text, for copying. */
export function citationText(style: CitationStyle, page: CitablePage): string {
	return citationStyles[style].format(page).map((segment) => segment.text).join('');
}
