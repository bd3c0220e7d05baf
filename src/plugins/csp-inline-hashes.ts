import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Astro's `security.csp` hashes the scripts and styles it bundles, but not Starlight's
 * `is:inline` scripts (theme, sidebar state), styles inlined from components used in MDX, or
 * the style attributes in Starlight's markup (`style="--sl-icon-size: 1em"`), which the policy
 * would then block. This adds the hash of each such script to script-src, and of each style
 * element and attribute to style-src (with 'unsafe-hashes', which lets hashes match
 * attributes), page by page — nothing broader.
 */
export function addInlineHashes(html: string): string {
	const meta = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
	if (!meta) return html;
	const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
	const styleElements = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
	const styles = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => sha256(m[1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')));
	const extend = (policy: string, directive: string, sources: string[]) =>
		policy.replace(new RegExp(`(${directive} [^;]*)`), (current) => [current, ...new Set(sources)].filter((s, i, all) => i === 0 || !all[0]!.includes(s)).join(' '));
	let policy = extend(meta[1]!, 'script-src', scripts);
	policy = extend(policy, 'style-src', [...styleElements, ...(styles.length ? ["'unsafe-hashes'", ...styles] : [])]);
	return html.replace(meta[1]!, policy);
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
	});
}

export function cspInlineHashes(): AstroIntegration {
	return {
		name: 'frames-and-rights:csp-inline-hashes',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const file of htmlFiles(fileURLToPath(dir))) writeFileSync(file, addInlineHashes(readFileSync(file, 'utf8')));
			},
		},
	};
}
