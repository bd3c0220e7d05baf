import { formatDate, formatPartialDate } from '../dates.ts';
import { NOT_DISCLOSED, type Model } from '../schemas/model.ts';
import { VALUE_SEPARATOR } from './filter-table.ts';

/** How the model table and model pages put record values into words, in one place. */

export const statusLabels: Record<Model['status'], string> = {
	available: 'Available',
	limited: 'Limited access',
	'research-only': 'Research only',
	discontinued: 'Discontinued',
};

export function statusText(model: Model): string {
	const when = model.status === 'discontinued' && model.discontinued ? ` ${formatPartialDate(model.discontinued)}` : '';
	return `${statusLabels[model.status]}${when}`;
}

export function statusAsOfText(model: Model): string {
	return `as of ${formatDate(model.statusAsOf)}`;
}

export function dateText(value: string): string {
	return value === NOT_DISCLOSED || value === 'not released' ? value : formatPartialDate(value);
}

export function durationText(model: Model): string {
	const seconds = model.maxDurationAtLaunch;
	if (seconds === NOT_DISCLOSED) return NOT_DISCLOSED;
	return seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

/** Pixel height for sorting resolutions; 4K counts as 2160. */
export function resolutionValue(model: Model): number {
	const resolution = model.maxResolutionAtLaunch;
	if (resolution === NOT_DISCLOSED) return 0;
	return resolution === '4K' ? 2160 : Number.parseInt(resolution, 10);
}

export const audioLabels: Record<Model['audio'], string> = {
	native: 'Native, with the picture',
	'separate model': 'Separate model',
	none: 'None',
	[NOT_DISCLOSED]: NOT_DISCLOSED,
};

export function weightsText(model: Model): string {
	return model.openWeights ? `Open (${model.weightsLicence})` : 'Closed';
}

export const provenanceMeasures = [
	{ key: 'c2pa', field: 'c2pa', label: 'C2PA credentials' },
	{ key: 'invisible-watermark', field: 'invisibleWatermark', label: 'Invisible watermark' },
	{ key: 'visible-watermark', field: 'visibleWatermark', label: 'Visible watermark' },
] as const;

/** Filter tokens for the provenance measures a model's maker says it applies ("none-declared" if none). */
export function provenanceTokens(model: Model): string {
	const applied = provenanceMeasures.filter((m) => model.provenance[m.field].answer === 'yes').map((m) => m.key);
	return (applied.length ? applied : ['none-declared']).join(VALUE_SEPARATOR);
}

export const trainingDisclosureLabels: Record<Model['trainingData']['disclosure'], string> = {
	detailed: 'Detailed',
	partial: 'Partial',
	[NOT_DISCLOSED]: NOT_DISCLOSED,
};

/** A stable token for a free-text value such as a developer name. */
export function token(value: string): string {
	return value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
