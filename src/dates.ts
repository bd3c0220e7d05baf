/** A calendar date as readers see it on every page: "25 November 2026". Dates are stored at UTC midnight. */
export function formatDate(date: Date): string {
	return readerDate.format(date);
}

// One formatter for the whole build: toLocaleDateString makes a new one per call.
const readerDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The same date as an ISO day for `<time datetime>` and machine-readable output: "2026-11-25". */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date known to the day, month or year ("2024-02-15", "2024-02", "2024") as readers see it. */
export function formatPartialDate(value: string): string {
	const [year, month, day] = value.split('-');
	if (!month) return year!;
	const monthName = monthNames[Number(month) - 1]!;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
