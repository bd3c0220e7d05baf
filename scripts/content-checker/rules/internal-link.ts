import { visit } from 'unist-util-visit';
import { site } from '../../../src/site.ts';
import type { Problem, Rule, SiteIndex } from '../types.ts';
import { startOf } from './footnotes.ts';

const siteOrigin = new URL(site.url).origin;

/** Why a link target is wrong, or undefined when it is fine or not ours to check. */
export function problemWithLink(href: string, siteIndex: SiteIndex): string | undefined {
	if (href.startsWith('#') || href.startsWith('//')) return undefined;
	if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
		if (href.startsWith(siteOrigin + '/') || href === siteOrigin) {
			return `link to this site as a root-relative path: "${href.slice(siteOrigin.length) || '/'}"`;
		}
		return undefined; // external, mailto:, tel:…: checked by npm run check:external
	}
	if (!href.startsWith('/')) {
		return `relative link "${href}" breaks when pages move; write the path from the site root, e.g. "/law/"`;
	}
	const path = href.replace(/[?#].*$/, '');
	const anchor = href.includes('#') ? decodeURIComponent(href.slice(href.indexOf('#') + 1)) : '';
	const anchors = siteIndex.anchors.get(path);
	if (anchor && anchors && !anchors.has(anchor)) {
		return `no section "#${anchor}" on ${path}; its sections are ${[...anchors].filter((a) => a !== '_top').map((a) => `#${a}`).join(', ') || 'none'}`;
	}
	if (siteIndex.publicFiles.has(path) || siteIndex.pages.has(path)) return undefined;
	if (siteIndex.pages.has(`${path}/`)) return `add the trailing slash: "${path}/"`;
	return `no page at "${path}"; check the spelling against the files in content/docs`;
}

/** Every link from one page to another on this site leads to a page that exists. */
export const internalLink: Rule = {
	id: 'internal-link',
	description: 'Links to pages of this site are root-relative and point to pages, sections and public files that exist.',
	check(file, siteIndex) {
		if (!file.tree) return [];
		const problems: Problem[] = [];
		const report = (href: string, node: Parameters<typeof startOf>[0]) => {
			const problem = problemWithLink(href, siteIndex);
			if (problem) problems.push({ ...startOf(node), message: problem });
		};
		visit(file.tree, (node) => {
			if (node.type === 'link' || node.type === 'definition') report(node.url, node);
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxAttribute' && (attribute.name === 'href' || attribute.name === 'link') && typeof attribute.value === 'string') {
						report(attribute.value, node);
					}
				}
			}
		});
		return problems;
	},
};
