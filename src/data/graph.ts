/** What a node of the site's link graph is: a prose page or a record. */
export type NodeKind = 'page' | 'case' | 'model' | 'term' | 'event';

/** A page or record with the addresses it links to (root-relative, with or without #anchor). */
export interface GraphNode {
	url: string;
	title: string;
	kind: NodeKind;
	links: string[];
}

export interface Neighbours {
	/** Pages and records this node links to or names by id. */
	related: GraphNode[];
	/** Pages and records that link to this node: its backlinks. */
	linkedFrom: GraphNode[];
}

/**
 * Links written in MDX prose: Markdown links and href attributes to root-relative
 * addresses, and terms marked with <Term id="…">, which point at the glossary.
 */
export function linksInMdx(body: string): string[] {
	const links: string[] = [];
	for (const match of body.matchAll(/\]\((\/[^)\s]*)\)/g)) links.push(match[1]!);
	for (const match of body.matchAll(/href=["'](\/[^"']*)["']/g)) links.push(match[1]!);
	for (const match of body.matchAll(/<Term\s+id=["']([^"']+)["']/g)) links.push(`/glossary/#${match[1]}`);
	return links;
}

/**
 * Related links and backlinks for every node, computed once. A link resolves to the node
 * with exactly that address (a term or event keeps its #anchor), else to the page without
 * the anchor; links to anything else, and to the node itself, are ignored.
 */
export function buildLinkGraph(nodes: GraphNode[]): Map<string, Neighbours> {
	const byUrl = new Map(nodes.map((node) => [node.url, node]));
	const resolve = (link: string) => byUrl.get(link) ?? byUrl.get(link.split('#')[0]!);
	const graph = new Map(nodes.map((node) => [node.url, { related: new Set<GraphNode>(), linkedFrom: new Set<GraphNode>() }]));
	for (const node of nodes) {
		for (const link of node.links) {
			const target = resolve(link);
			if (!target || target === node) continue;
			graph.get(node.url)!.related.add(target);
			graph.get(target.url)!.linkedFrom.add(node);
		}
	}
	const byTitle = (a: GraphNode, b: GraphNode) => a.title.localeCompare(b.title);
	return new Map(
		[...graph].map(([url, { related, linkedFrom }]) => [url, { related: [...related].sort(byTitle), linkedFrom: [...linkedFrom].sort(byTitle) }]),
	);
}
