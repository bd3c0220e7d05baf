/** A calendar date as readers see it on every page: "25 November 2026". Dates are stored at UTC midnight. */
export function formatDate(date: Date): string {
	return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The same date as an ISO day for `<time datetime>` and machine-readable output: "2026-11-25". */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
