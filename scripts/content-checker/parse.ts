import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { isMap, isScalar, isSeq, parseDocument, LineCounter, type Node as YamlNode } from 'yaml';
import type { Root, Yaml } from 'mdast';
import type { RecordCollection } from '../../src/schemas/records.ts';
import type { ContentFile } from './types.ts';

const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);
const mdParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

function emptyFile(path: string, name: string, source: string): ContentFile {
	return { path, kind: 'page', name, source, data: undefined, keyLines: new Map(), yamlErrors: [] };
}

/** Parse a Markdown/MDX page. `path` is from the project root, `name` inside content/docs. */
export function parsePage(path: string, name: string, source: string): ContentFile {
	const file = emptyFile(path, name, source);
	try {
		file.tree = (path.endsWith('.mdx') ? mdxParser : mdParser).parse(source) as Root;
	} catch (error) {
		const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
		file.parseError = { message: reason ?? String(error), line: line ?? 1, column: column ?? 1 };
		return file;
	}
	const yamlNode = file.tree.children.find((node): node is Yaml => node.type === 'yaml');
	// The YAML body starts on the line after the opening `---`.
	if (yamlNode) readYaml(file, yamlNode.value, (yamlNode.position?.start.line ?? 1) + 1);
	return file;
}

/** Parse a YAML record of a collection. */
export function parseRecord(path: string, name: string, source: string, collection: RecordCollection): ContentFile {
	const file: ContentFile = { ...emptyFile(path, name, source), kind: 'record', collection };
	readYaml(file, source, 1);
	return file;
}

function readYaml(file: ContentFile, text: string, firstLine: number) {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	const lineOf = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
	if (doc.errors.length > 0) {
		file.yamlErrors = doc.errors.map((error) => ({
			line: lineOf(error.pos[0]),
			column: lineCounter.linePos(error.pos[0]).col,
			message: error.message.split('\n')[0] ?? error.message,
		}));
		return;
	}
	file.data = doc.toJS();
	collectKeyLines(doc.contents, [], (path, offset) => file.keyLines.set(path.join('.'), lineOf(offset)));
}

/** Walk maps and sequences, reporting where each key (or list item) starts. */
function collectKeyLines(node: YamlNode | null, path: (string | number)[], record: (path: (string | number)[], offset: number) => void) {
	if (isMap(node)) {
		for (const pair of node.items) {
			if (!isScalar(pair.key) || !pair.key.range) continue;
			const keyPath = [...path, String(pair.key.value)];
			record(keyPath, pair.key.range[0]);
			collectKeyLines(pair.value as YamlNode | null, keyPath, record);
		}
	} else if (isSeq(node)) {
		node.items.forEach((item, index) => {
			const itemNode = item as YamlNode;
			if (itemNode?.range) record([...path, index], itemNode.range[0]);
			collectKeyLines(itemNode, [...path, index], record);
		});
	}
}
