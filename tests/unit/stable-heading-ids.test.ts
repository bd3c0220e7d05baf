import { describe, expect, it } from 'vitest';
import { parseStableIds } from '../../src/plugins/stable-heading-ids.ts';

describe('parseStableIds', () => {
	it('takes the first id and keeps the others as aliases', () => {
		expect(parseStableIds('Fair use factors {#fair-use #four-factors #old-name}')).toEqual({
			text: 'Fair use factors',
			id: 'fair-use',
			aliases: ['four-factors', 'old-name'],
		});
	});
	it('leaves headings without a marker, or with braces mid-text, alone', () => {
		expect(parseStableIds('Plain heading')).toBeUndefined();
		expect(parseStableIds('A {#not-at-the-end} marker')).toBeUndefined();
		expect(parseStableIds('Bad {#Capitals}')).toBeUndefined();
	});
});
