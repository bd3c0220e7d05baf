import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { docsDir, generatedFiles as builtFiles, pageUrlFor } from '../../src/content-paths.ts';
import { dataUrlFor, recordCollections, type RecordCollection } from '../../src/schemas/records.ts';
import { pageAnchors } from './anchors.ts';
import { parsePage, parseRecord } from './parse.ts';
import { rules as allRules } from './rules/index.ts';
import type { ContentFile, Finding, Rule, SiteIndex } from './types.ts';

const toPosix = (path: string) => path.split(sep).join('/');

async function listFiles(root: string, pattern: string) {
	const files: string[] = [];
	for await (const file of glob(pattern, { cwd: root })) files.push(toPosix(file));
	return files.sort();
}

/**
 * Pages the site will build — docs pages (Starlight skips names starting with "_") and one
 * page per record — and files it serves as they are.
 */
export function buildSiteIndex(contentFiles: string[], publicFiles: string[], parsed: ContentFile[] = []): SiteIndex {
	const docsFiles = contentFiles.filter((path) => path.startsWith(`${docsDir}/`) && !path.split('/').some((part) => part.startsWith('_')));
	const docsPages = docsFiles.map((path) => pageUrlFor(path.slice(docsDir.length + 1)));
	const pageFiles = new Map<string, string[]>();
	docsFiles.forEach((path, i) => pageFiles.set(docsPages[i]!, [...(pageFiles.get(docsPages[i]!) ?? []), path]));
	const anchors = new Map(parsed.filter((f) => f.kind === 'page' && f.path.startsWith(`${docsDir}/`)).map((f) => [pageUrlFor(f.name), pageAnchors(f)] as const));
	const collections = Object.keys(recordCollections) as RecordCollection[];
	const recordIds = new Map(
		collections.map((name) => {
			const { dir } = recordCollections[name];
			const ids = contentFiles.filter((path) => path.startsWith(`${dir}/`) && path.endsWith('.yaml')).map((path) => path.slice(dir.length + 1, -'.yaml'.length));
			return [name, new Set(ids)] as const;
		}),
	);
	// Events and terms are entries on one page: their ids are that page's anchors.
	for (const name of collections) {
		for (const id of recordIds.get(name)!) {
			const url = recordCollections[name].urlFor(id);
			if (!url.includes('#')) continue;
			const [page, anchor] = url.split('#') as [string, string];
			anchors.set(page, new Set([...(anchors.get(page) ?? []), anchor]));
		}
	}
	// Records with a page of their own; events and terms are entries on one page (their URL has a #).
	const recordPages = collections.flatMap((name) => [...recordIds.get(name)!].map(recordCollections[name].urlFor)).filter((url) => !url.includes('#'));
	const generatedFiles = collections
		.filter((name) => recordIds.get(name)!.size > 0)
		.flatMap((name) => [dataUrlFor(name), dataUrlFor(name).replace(/\.json$/, '.csv')]);
	return {
		pages: new Set([...docsPages, ...recordPages]),
		pageFiles,
		anchors,
		recordIds,
		publicFiles: new Set([...publicFiles.map((path) => `/${path}`), ...generatedFiles, ...builtFiles]),
	};
}

/** Run rules over parsed files; findings sorted by file, then position. */
export function runRules(files: ContentFile[], site: SiteIndex, rules: Rule[] = allRules): Finding[] {
	return files.flatMap((file) =>
		rules.flatMap((rule) => rule.check(file, site).map((problem) => ({ ...problem, file: file.path, ruleId: rule.id }))),
	).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Check every page (Markdown/MDX) and every record (YAML) under `content/` of the project at `root`. */
export async function checkContent(root: string) {
	const read = (path: string) => readFile(join(root, path), 'utf8');
	const pagePaths = await listFiles(root, 'content/**/*.{md,mdx}');
	const pages = pagePaths.map(async (path) => parsePage(path, path.replace(`${docsDir}/`, ''), await read(path)));
	const records = Object.entries(recordCollections).flatMap(async ([collection, { dir }]) =>
		Promise.all(
			(await listFiles(root, `${dir}/*.yaml`)).map(async (path) =>
				parseRecord(path, path.slice(dir.length + 1), await read(path), collection as RecordCollection),
			),
		),
	);
	const files = [...(await Promise.all(pages)), ...(await Promise.all(records)).flat()];
	const site = buildSiteIndex([...pagePaths, ...files.filter((f) => f.kind === 'record').map((f) => f.path)], await listFiles(join(root, 'public'), '**/*'), files);
	return { files: files.length, findings: runRules(files, site) };
}

/** `file:line:column  rule-id  message`, the format editors and CI annotations understand. */
export function formatFinding(finding: Finding, root = '') {
	const file = root ? toPosix(relative(root, join(root, finding.file))) : finding.file;
	return `${file}:${finding.line}:${finding.column}  ${finding.ruleId}  ${finding.message}`;
}
