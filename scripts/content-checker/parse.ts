import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { isMap, isScalar, parseDocument, LineCounter } from 'yaml';
import type { Root, Yaml } from 'mdast';
import type { ContentFile } from './types.ts';

const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);
const mdParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parse one file the way the content checker sees it. `path` is relative to the project root. */
export function parseContentFile(path: string, source: string, docsDir: string): ContentFile {
	const parser = path.endsWith('.mdx') ? mdxParser : mdParser;
	const file: ContentFile = {
		path,
		docsPath: path.startsWith(`${docsDir}/`) ? path.slice(docsDir.length + 1) : path,
		source,
		tree: undefined,
		frontmatter: undefined,
		frontmatterKeyLines: new Map(),
		frontmatterErrors: [],
	};
	try {
		file.tree = parser.parse(source) as Root;
	} catch (error) {
		const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
		file.parseError = { message: reason ?? String(error), line: line ?? 1, column: column ?? 1 };
		return file;
	}
	const yamlNode = file.tree.children.find((node): node is Yaml => node.type === 'yaml');
	if (yamlNode) readFrontmatter(file, yamlNode);
	return file;
}

function readFrontmatter(file: ContentFile, node: Yaml) {
	const lineCounter = new LineCounter();
	const doc = parseDocument(node.value, { lineCounter });
	// The YAML body starts on the line after the opening `---`.
	const firstLine = (node.position?.start.line ?? 1) + 1;
	const lineOf = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
	if (doc.errors.length > 0) {
		file.frontmatterErrors = doc.errors.map((error) => ({
			line: lineOf(error.pos[0]),
			column: lineCounter.linePos(error.pos[0]).col,
			message: error.message.split('\n')[0] ?? error.message,
		}));
		return;
	}
	file.frontmatter = doc.toJS();
	if (!isMap(doc.contents)) return;
	for (const pair of doc.contents.items) {
		if (isScalar(pair.key) && pair.key.range) {
			file.frontmatterKeyLines.set(String(pair.key.value), lineOf(pair.key.range[0]));
		}
	}
}
