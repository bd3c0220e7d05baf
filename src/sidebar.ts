import { docsDir } from './content-paths.ts';

/** The site's sections in reading order; each is a folder under content/docs with an index page. */
export const sections = [
	{ label: 'Mechanics', dir: 'mechanics' },
	{ label: 'Landscape', dir: 'landscape' },
	{ label: 'Ethics', dir: 'ethics' },
	{ label: 'Industry', dir: 'industry' },
	{ label: 'Law', dir: 'law' },
	{ label: 'Teach', dir: 'teach' },
	{ label: 'About', dir: 'about' },
] as const;

export type Section = (typeof sections)[number];

/**
 * Starlight's sidebar groups, one per section, generated from the folders.
 * Starlight matches `autogenerate.directory` against each entry's path with
 * `src/content/docs/` removed; our entries live in `content/docs/`, so the
 * directory names the full path from the project root.
 */
const sectionGroups = sections.map((section) => ({
	label: section.label,
	items: [{ autogenerate: { directory: `${docsDir}/${section.dir}` } }],
}));

/** Pages generated from records that span every section, listed before About. */
const reference = {
	label: 'Reference',
	items: [
		{ label: 'Timeline', link: '/timeline/' },
		{ label: 'Glossary', link: '/glossary/' },
	],
};

export const sidebar = [...sectionGroups.slice(0, -1), reference, ...sectionGroups.slice(-1)];
