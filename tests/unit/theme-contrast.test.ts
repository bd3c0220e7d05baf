import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string) {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string) {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

/** The accent colours a theme block of src/styles/theme.css sets. */
function accents(css: string, selector: string) {
	const block = css.slice(css.indexOf(`${selector} {`));
	const body = block.slice(0, block.indexOf('}'));
	const get = (name: string) => body.match(new RegExp(`--sl-color-${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1];
	return { low: get('accent-low'), accent: get('accent'), high: get('accent-high') };
}

const css = readFileSync(new URL('../../src/styles/theme.css', import.meta.url), 'utf8');
// Starlight's page backgrounds (props.css): hsl(224 10% 10%) in dark, white in light.
const darkBackground = '#17181c';
const lightBackground = '#ffffff';
const AA = 4.5;

describe('theme accent colours meet WCAG AA contrast', () => {
	it('computes contrast the WCAG way', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	it('dark theme: accent text, buttons and badges', () => {
		const dark = accents(css, ':root');
		expect(dark.high && dark.accent && dark.low).toBeTruthy();
		expect(contrast(dark.high!, darkBackground)).toBeGreaterThanOrEqual(AA); // links (text-accent)
		expect(contrast(dark.accent!, darkBackground)).toBeGreaterThanOrEqual(AA); // accent as text
		expect(contrast(darkBackground, dark.high!)).toBeGreaterThanOrEqual(AA); // primary button label
		expect(contrast(dark.high!, dark.low!)).toBeGreaterThanOrEqual(AA); // badges, highlighted items
	});

	it('light theme: accent text, buttons and badges', () => {
		const light = accents(css, ":root[data-theme='light']");
		expect(light.high && light.accent && light.low).toBeTruthy();
		expect(contrast(light.accent!, lightBackground)).toBeGreaterThanOrEqual(AA); // links (text-accent)
		expect(contrast(lightBackground, light.accent!)).toBeGreaterThanOrEqual(AA); // primary button label
		expect(contrast(light.high!, light.low!)).toBeGreaterThanOrEqual(AA); // badges
		expect(contrast(light.accent!, light.low!)).toBeGreaterThanOrEqual(AA); // current sidebar item
	});
});
