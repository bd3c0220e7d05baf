/**
 * npm run new -- <page|model|case|event|term> <slug>
 * Writes a correctly placed file with every required field present and marked TODO.
 * The content checker rejects it until every TODO is filled, so a stub cannot land.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { docsDir, slugSegment } from '../src/content-paths.ts';
import { recordCollections, type RecordCollection } from '../src/schemas/records.ts';
import { sections } from '../src/sidebar.ts';
import { scaffoldYaml } from './scaffold/from-schema.ts';

const kinds: Record<string, RecordCollection | 'page'> = { page: 'page', model: 'models', case: 'cases', event: 'events', term: 'terms' };

const pageTemplate = `---
title: TODO page title
description: TODO one sentence for search engines and link previews
summary: TODO one or two plain sentences shown on cards
lastReviewed: TODO  # YYYY-MM-DD, the day you checked every fact against its source
changes:
  - date: TODO  # YYYY-MM-DD
    summary: TODO First published.
---

TODO: an opening paragraph that answers the page's question in plain words.[^todo-source]

## TODO first section

TODO: the section's text, every factual sentence with a footnote.

[^todo-source]: TODO Publisher. [TODO title of the source](https://example.org/TODO). TODO date.
`;

/** Where the file goes and what it holds. `slug` is "section/name" for pages, "name" for records. */
export function scaffold(kind: string, slug: string, root = '.'): { path: string; text: string } {
	const target = kinds[kind];
	if (!target) throw new Error(`unknown kind "${kind}"; use one of: ${Object.keys(kinds).join(', ')}`);
	const segments = slug.split('/');
	const bad = segments.find((segment) => !slugSegment.test(segment));
	if (bad !== undefined) throw new Error(`"${bad}" is not a URL-safe name; use lowercase words joined by hyphens`);
	if (target === 'page') {
		if (segments.length !== 2 || !sections.some((s) => s.dir === segments[0])) {
			throw new Error(`give a page as <section>/<name>, with section one of: ${sections.map((s) => s.dir).join(', ')}`);
		}
		return { path: join(root, docsDir, `${slug}.mdx`), text: pageTemplate };
	}
	if (segments.length !== 1) throw new Error('give a record as a single name, e.g. "veo-4"');
	const { dir, schema } = recordCollections[target];
	const header = `# New ${kind}: fill every TODO (npm run check:content says where), then delete these comment lines.\n`;
	return { path: join(root, dir, `${slug}.yaml`), text: `${header}${scaffoldYaml(schema)}\n` };
}

if (import.meta.main) {
	const [kind, slug] = process.argv.slice(2);
	try {
		if (!kind || !slug) throw new Error('usage: npm run new -- <page|model|case|event|term> <slug>');
		const { path, text } = scaffold(kind, slug);
		if (existsSync(path)) throw new Error(`${path} already exists`);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
		console.log(`✓ wrote ${path}; fill every TODO, then run npm run check:content`);
	} catch (error) {
		console.error(`✗ ${(error as Error).message}`);
		process.exit(1);
	}
}
