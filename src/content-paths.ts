/**
 * Where prose lives. Both the Astro content collection and the content checker
 * read these, so a page the site builds is always a page the checker sees.
 */
export const docsDir = 'content/docs';
/** Markdown and MDX files; a leading underscore keeps a file out of the site (Starlight's convention). */
export const docsPattern = '**/[^_]*.{md,mdx}';
