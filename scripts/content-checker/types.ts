import type { Root } from 'mdast';

/** One Markdown or MDX file, parsed once and shared by every rule. */
export interface ContentFile {
	/** Path from the project root, with forward slashes: `content/docs/law/index.mdx`. */
	path: string;
	/** Path inside the docs folder: `law/index.mdx`. */
	docsPath: string;
	source: string;
	/** The mdast tree, or undefined when the file could not be parsed (the `syntax` rule reports why). */
	tree: Root | undefined;
	parseError?: { message: string; line: number; column: number };
	/** Front-matter as parsed YAML, or undefined when there is none or it is not valid YAML. */
	frontmatter: unknown;
	/** First line of each top-level front-matter key, for pointing at a field. */
	frontmatterKeyLines: Map<string, number>;
	/** YAML syntax errors in the front-matter, positioned in the whole file. */
	frontmatterErrors: Problem[];
}

/** Facts about the whole site that some rules check against. */
export interface SiteIndex {
	/** Every page URL path the site will have, e.g. `/law/`, `/`. */
	pages: Set<string>;
	/** Every file path under public/, e.g. `/favicon.svg`. */
	publicFiles: Set<string>;
}

export interface Problem {
	line: number;
	column: number;
	message: string;
}

/** A rule found a problem: where and what, in words a contributor can act on. */
export interface Finding extends Problem {
	file: string;
	ruleId: string;
}

export interface Rule {
	/** Short kebab-case id printed with every finding. */
	id: string;
	/** One sentence on what the rule protects, shown by `--list`. */
	description: string;
	check(file: ContentFile, site: SiteIndex): Problem[];
}
