import { z } from 'astro/zod';
import { isoDay } from '../dates.ts';

/**
 * Easternmost time zone is UTC+14: a reviewer there can write "today" while it is
 * still yesterday in UTC, so "not in the future" allows that much slack.
 */
const MAX_CLOCK_AHEAD_MS = 14 * 60 * 60 * 1000;

/** A calendar date (YAML `2026-11-25`) that has already happened somewhere on Earth. */
export const pastDate = z.coerce
	.date({ error: 'expected a date written as YYYY-MM-DD' })
	.refine((date) => date.getTime() <= Date.now() + MAX_CLOCK_AHEAD_MS, {
		error: 'must not be in the future',
	});

const partialDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date known to the day, the month or only the year: "2024-02-15", "2024-02" or "2024".
 * YAML turns a full date into a Date object; it is normalised back to "YYYY-MM-DD".
 */
export const partialDate = z
	.union([z.date().transform(isoDay), z.string().regex(partialDatePattern, { error: 'expected YYYY-MM-DD, YYYY-MM or YYYY' })])
	.describe('A date to the day, month or year: YYYY-MM-DD, YYYY-MM or YYYY');
