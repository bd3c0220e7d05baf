import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineHashes } from '../../src/plugins/csp-inline-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
	`<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-astro'; style-src 'self' 'sha256-astro2'"></head><body>${body}</body>`;

describe('addInlineHashes', () => {
	it('adds the hash of each inline script, style element and style attribute, and nothing else', () => {
		const html = addInlineHashes(page(`<script>theme()</script><script src="/a.js"></script><style>.x{}</style><i style="--sl-icon-size: 1em;"></i>`));
		const policy = html.match(/content="([^"]+)"/)![1]!;
		expect(policy).toContain(`script-src 'self' 'sha256-astro' ${hash('theme()')}`);
		expect(policy).toContain(`style-src 'self' 'sha256-astro2' ${hash('.x{}')} 'unsafe-hashes' ${hash('--sl-icon-size: 1em;')}`);
		expect(policy).not.toContain('unsafe-inline');
		expect(policy.match(/sha256-/g)).toHaveLength(5);
	});
	it('leaves a page without a policy unchanged', () => {
		expect(addInlineHashes('<p style="x">no policy</p>')).toBe('<p style="x">no policy</p>');
	});
});
