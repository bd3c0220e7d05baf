import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineHashes } from '../../src/plugins/csp-inline-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
	`<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-astro'; style-src 'self' 'sha256-astro2'"></head><body>${body}</body>`;

describe('addInlineHashes', () => {
	it('allows exactly the inline scripts, style elements and style attributes of the page, keeping other sources', () => {
		const html = addInlineHashes(page(`<script>theme()</script><script src="/a.js"></script><style>.x{}</style><i style="--sl-icon-size: 1em;"></i>`));
		const policy = html.match(/content="([^"]+)"/)![1]!;
		expect(policy).toContain(`script-src 'self' ${hash('theme()')};`);
		expect(policy).toMatch(new RegExp(`style-src 'self' ${hash('.x{}').replace(/[+/]/g, '\\$&')} 'unsafe-hashes' ${hash('--sl-icon-size: 1em;').replace(/[+/]/g, '\\$&')}$`));
		expect(policy).not.toContain('sha256-astro');
		expect(policy).not.toContain('unsafe-inline');
		expect(policy.match(/sha256-/g)).toHaveLength(3);
	});
	it('allows no hash at all on a page without inline code', () => {
		const policy = addInlineHashes(page('<p>Plain</p>')).match(/content="([^"]+)"/)![1]!;
		expect(policy).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
	});
	it('leaves a page without a policy unchanged', () => {
		expect(addInlineHashes('<p style="x">no policy</p>')).toBe('<p style="x">no policy</p>');
	});
});
