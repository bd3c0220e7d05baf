import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** public/_headers as { path pattern: { header name (lower case): value } }, in the Netlify/Cloudflare format. */
function parseHeaders(text: string): Record<string, Record<string, string>> {
	const rules: Record<string, Record<string, string>> = {};
	let current: Record<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) rules[line.trim()] = current = {};
		else {
			const [name, ...value] = line.trim().split(':');
			current![name!.toLowerCase()] = value.join(':').trim();
		}
	}
	return rules;
}

const rules = parseHeaders(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

describe('public/_headers', () => {
	it('sends the security headers on every path', () => {
		const all = rules['/*']!;
		expect(all['strict-transport-security']).toMatch(/max-age=\d{8,}/);
		expect(all['x-content-type-options']).toBe('nosniff');
		expect(all['referrer-policy']).toBeTruthy();
		expect(all['permissions-policy']).toContain('camera=()');
	});
	it('adds a policy that forbids framing and never allows inline code or other origins', () => {
		const policy = rules['/*']!['content-security-policy']!;
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
		// A header policy with script-src or style-src would block the inline code each page's own policy allows by hash.
		expect(policy).not.toMatch(/(script|style|default)-src/);
	});
	it('caches for long only the files whose names change with their content, and never the service worker', () => {
		const longLived = Object.entries(rules).filter(([, headers]) => /immutable|max-age=[1-9]\d{4,}/.test(headers['cache-control'] ?? ''));
		expect(longLived.map(([path]) => path)).toEqual(['/_astro/*']);
		expect(rules['/sw.js']!['cache-control']).toBe('no-cache');
	});
});
