import { describe, expect, it } from 'vitest';
import { matchesFilters } from '../../src/components/filter-table.ts';

describe('matchesFilters', () => {
	const row = { developer: 'openai', provenance: 'c2pa|visible', status: 'discontinued' };
	it('matches when no filter is set', () => {
		expect(matchesFilters(row, { developer: '', status: '' })).toBe(true);
	});
	it('matches one of several values', () => {
		expect(matchesFilters(row, { provenance: 'visible' })).toBe(true);
		expect(matchesFilters(row, { provenance: 'invisible' })).toBe(false);
	});
	it('requires every active filter to match', () => {
		expect(matchesFilters(row, { developer: 'openai', status: 'available' })).toBe(false);
		expect(matchesFilters(row, { developer: 'openai', status: 'discontinued' })).toBe(true);
	});
	it('treats a missing attribute as no match for an active filter', () => {
		expect(matchesFilters({}, { audio: 'native' })).toBe(false);
	});
});
