/** Separator between several values of one row attribute: data-provenance="c2pa|visible". */
export const VALUE_SEPARATOR = '|';

/** Does a row (its data-* values) match every active filter? An empty filter matches all. */
export function matchesFilters(row: Record<string, string | undefined>, active: Record<string, string>): boolean {
	return Object.entries(active).every(([key, wanted]) => !wanted || (row[key] ?? '').split(VALUE_SEPARATOR).includes(wanted));
}

/** Compare two cells for sorting; `data-value` wins over the visible text. */
export function compareCells(a: HTMLTableCellElement | undefined, b: HTMLTableCellElement | undefined, type: string): number {
	const value = (cell: HTMLTableCellElement | undefined) => cell?.dataset.value ?? cell?.textContent?.trim() ?? '';
	const [x, y] = [value(a), value(b)];
	if (type === 'number') return (Number.parseFloat(x) || 0) - (Number.parseFloat(y) || 0);
	return x.localeCompare(y, 'en', { numeric: true, sensitivity: 'base' });
}
