import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate, isoDay } from '../../src/dates.ts';

describe('dates', () => {
	it('formats a stored UTC date the same in every time zone', () => {
		const date = new Date('2024-02-15');
		expect(formatDate(date)).toBe('15 February 2024');
		expect(isoDay(date)).toBe('2024-02-15');
	});
});

describe('formatPartialDate', () => {
	it('shows only the precision the record knows', () => {
		expect(formatPartialDate('2024-02-15')).toBe('15 February 2024');
		expect(formatPartialDate('2024-02')).toBe('February 2024');
		expect(formatPartialDate('2024')).toBe('2024');
	});
});
