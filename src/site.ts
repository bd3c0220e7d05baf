/**
 * The site's identity, set once. `astro.config.mjs`, edit links, canonical URLs,
 * the social card and (later) citations all read these values.
 */
export const site = {
	name: 'Frames & Rights',
	tagline: 'A field guide to generative video: how it works, the ethics, the industry and the law',
	/** Public origin of the deployed site (GitHub Pages user/organisation site, so no base path). */
	url: 'https://frames-and-rights.github.io',
	/** Repository that holds the source; edit links point into its `main` branch. */
	repository: 'https://github.com/frames-and-rights/frames-and-rights.github.io',
	branch: 'main',
	contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
	codeLicence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
	/** Browser and installed-app chrome colours: the header's background in each theme, and the splash background. */
	themeColours: { light: '#f5f6f9', dark: '#23262f', background: '#17181c' },
} as const;

/** Base URL for "Edit this page": Starlight appends the entry's path from the project root. */
export const editBaseUrl = `${site.repository}/edit/${site.branch}/`;
