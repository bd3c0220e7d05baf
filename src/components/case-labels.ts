import { caseStatuses, jurisdictions, type Case, type CaseStatus } from '../schemas/case.ts';
import { token } from './model-labels.ts';

/** How case records are put into words and tokens, shared by the tracker and the case pages. */

/** Anchor of a status on the "what each stage means" page. */
export function statusAnchor(status: CaseStatus): string {
	return `status-${token(status)}`;
}

export const stagesPage = '/law/case-stages/';

/** Position of a status in procedural order, for sorting. */
export function statusOrder(status: CaseStatus): number {
	return Object.keys(caseStatuses).indexOf(status);
}

export function jurisdictionLabel(record: Case): string {
	return jurisdictions[record.jurisdiction];
}

export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "US$1.5 billion (agreed)", the label always shown so a claim is never read as an award. */
export function amountText(amount: NonNullable<Case['amounts']>[number]): string {
	return `${amount.amount} (${amount.kind})`;
}
