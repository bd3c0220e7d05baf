import type { Root } from 'mdast';
import type { RecordCollection } from '../../src/schemas/records.ts';

/** One file under content/, parsed once and shared by every rule. */
export interface ContentFile {
	/** Path from the project root, with forward slashes: `content/docs/law/index.mdx`. */
	path: string;
	/** A Markdown/MDX page, or a YAML record of a collection. */
	kind: 'page' | 'record';
	/** For records: the collection the file belongs to. */
	collection?: RecordCollection;
	/** Path inside its collection folder: `law/index.mdx`, `sora-2.yaml`. */
	name: string;
	source: string;
	/** Pages: the mdast tree, or undefined when the file could not be parsed (the `syntax` rule reports why). */
	tree?: Root;
	parseError?: Problem;
	/** Front-matter of a page or the whole record, as parsed YAML; undefined when absent or invalid. */
	data: unknown;
	/** Line of every key in the YAML, by dotted path: `provenance.c2pa.answer`, `sources.0.url`. */
	keyLines: Map<string, number>;
	/** YAML syntax errors, positioned in the whole file. */
	yamlErrors: Problem[];
}

/** Facts about the whole site that some rules check against. */
export interface SiteIndex {
	/** Every page URL path the site will have, e.g. `/law/`, `/`. */
	pages: Set<string>;
	/** Which files become each page address; more than one is a clash. */
	pageFiles: Map<string, string[]>;
	/** Section anchors of each docs page, when the checker could compute them. */
	anchors: Map<string, Set<string>>;
	/** Ids of the records in each collection, for checking cross-references. */
	recordIds: Map<RecordCollection, Set<string>>;
	/** Every file served as it is: under public/ (`/favicon.svg`) or generated (`/data/models.json`). */
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
