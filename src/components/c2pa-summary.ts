import type { ManifestStore, ValidationStatus } from '@contentauth/c2pa-types';

/**
 * What a file's Content Credentials say, in plain words: the pure part of the "Check a file"
 * inspector, kept apart from the SDK and the page so it can be tested with stored manifests.
 */

/** IPTC digital source types (https://cv.iptc.org/newscodes/digitalsourcetype/) a reader is likely to meet. */
const sourceTypes: Record<string, string> = {
	trainedAlgorithmicMedia: 'made by a generative AI model trained on examples (AI-generated)',
	compositeWithTrainedAlgorithmicMedia: 'a composite that includes AI-generated material',
	algorithmicallyEnhanced: 'a capture or creation changed by an algorithm, such as AI enhancement',
	algorithmicMedia: 'made by an algorithm without training on examples',
	compositeSynthetic: 'a composite that includes synthetic material',
	digitalCapture: 'captured by a camera or recorder',
	negativeFilm: 'scanned from a negative film',
	positiveFilm: 'scanned from a positive film',
	print: 'scanned from a print',
	minorHumanEdits: 'a capture with minor human edits',
	humanEdits: 'edited by a person',
	composite: 'a composite of several elements',
	compositeCapture: 'a composite of several captures',
	digitalCreation: 'made by a person with digital tools',
	dataDrivenMedia: 'generated from data, such as a chart',
	screenCapture: 'a screenshot or screen recording',
	virtualRecording: 'a recording of a virtual event',
};

/** Source types that declare AI-generated content. */
const aiSourceTypes = new Set(['trainedAlgorithmicMedia', 'compositeWithTrainedAlgorithmicMedia', 'algorithmicallyEnhanced']);

const actionLabels: Record<string, string> = {
	'c2pa.created': 'Created',
	'c2pa.opened': 'Opened an existing file to work on',
	'c2pa.placed': 'Placed another file into it',
	'c2pa.edited': 'Edited',
	'c2pa.edited.metadata': 'Edited its metadata',
	'c2pa.color_adjustments': 'Adjusted colours',
	'c2pa.cropped': 'Cropped',
	'c2pa.resized': 'Resized',
	'c2pa.filtered': 'Applied a filter',
	'c2pa.drawing': 'Drew on it',
	'c2pa.orientation': 'Rotated or flipped',
	'c2pa.removed': 'Removed part of it',
	'c2pa.converted': 'Converted to another format',
	'c2pa.transcoded': 'Re-encoded',
	'c2pa.repackaged': 'Repackaged without re-encoding',
	'c2pa.published': 'Published',
	'c2pa.redacted': 'Redacted',
	'c2pa.unknown': 'Changed in an unspecified way',
};

/** What the validation codes a reader is likely to see mean, in one sentence each. */
export const statusExplanations: Record<string, string> = {
	'signingCredential.untrusted': 'The signing certificate is not on a trust list this checker knows, so it cannot say who the signer really is.',
	'signingCredential.trusted': 'The signing certificate chains to a certificate authority on a trust list.',
	'signingCredential.expired': 'The signing certificate had expired when the file was signed.',
	'signingCredential.revoked': 'The signing certificate was revoked by its issuer.',
	'signingCredential.invalid': 'The signing certificate is malformed or not allowed for signing Content Credentials.',
	'claimSignature.validated': 'The signature over the manifest is intact.',
	'claimSignature.insideValidity': 'The file was signed while the certificate was valid.',
	'claimSignature.mismatch': 'The signature does not match the manifest: the manifest was changed after signing.',
	'assertion.dataHash.match': 'The picture and sound data match the fingerprint recorded when it was signed.',
	'assertion.dataHash.mismatch': 'The picture data no longer matches the fingerprint recorded at signing: the file was changed afterwards.',
	'assertion.bmffHash.match': 'The video data matches the fingerprint recorded when it was signed.',
	'assertion.bmffHash.mismatch': 'The video data no longer matches the fingerprint recorded at signing: the file was changed afterwards.',
	'assertion.hashedURI.match': 'Each statement in the manifest is intact.',
	'assertion.hashedURI.mismatch': 'A statement in the manifest was changed after signing.',
	'timeStamp.trusted': 'A trusted time-stamping service vouches for the signing time.',
	'timeStamp.untrusted': 'The time stamp comes from a service not on a trust list.',
	'timeStamp.validated': 'The time stamp is intact.',
	'claim.missing': 'The manifest refers to a claim that is not there.',
	'manifest.inaccessible': 'The manifest is stored elsewhere and could not be fetched.',
	'ingredient.manifest.validated': 'The credentials of an ingredient are intact.',
	'ingredient.claimSignature.validated': 'The signature of an ingredient\'s manifest is intact.',
};

export type Verdict = 'trusted' | 'untrusted' | 'invalid';

export interface CredentialSummary {
	title?: string;
	claimGenerator?: string;
	signer?: string;
	signedAt?: string;
	actions: { action: string; label: string; sourceType?: string; sourceTypeLabel?: string; softwareAgent?: string }[];
	/** True when an action declares an AI source type (IPTC), false when none does. */
	aiDeclared: boolean;
	/** True when the credentials of an ingredient (a file this one was made from) declare it AI-generated. */
	aiInIngredients: boolean;
	ingredients: { title: string; relationship?: string }[];
	verdict: Verdict;
	failures: { code: string; explanation: string }[];
}

const explain = (status: ValidationStatus) => ({ code: status.code, explanation: statusExplanations[status.code] ?? status.explanation ?? 'No explanation is known for this code.' });
const sourceTypeName = (uri: string) => uri.split('/').at(-1) ?? uri;

type Action = { action: string; digitalSourceType?: string; softwareAgent?: string | { name?: string } };
type Manifest = NonNullable<ManifestStore['manifests']>[string];

const actionsOf = (manifest: Manifest): Action[] =>
	(manifest.assertions ?? [])
		.filter((a) => a.label === 'c2pa.actions' || a.label === 'c2pa.actions.v2')
		.flatMap((a) => (a.data as { actions?: Action[] }).actions ?? []);

const declaresAi = (actions: Action[]) => actions.some((a) => a.digitalSourceType && aiSourceTypes.has(sourceTypeName(a.digitalSourceType)));

/** The active manifest of a store, in words; undefined when the store holds none. */
export function summariseCredentials(store: ManifestStore): CredentialSummary | undefined {
	const manifest = store.active_manifest ? store.manifests?.[store.active_manifest] : undefined;
	if (!manifest) return undefined;
	const generator = manifest.claim_generator_info?.map((g) => [g.name, g.version].filter(Boolean).join(' ')).join(', ') || manifest.claim_generator || undefined;
	const signature = manifest.signature_info;
	const rawActions = actionsOf(manifest);
	const ingredientManifests = (manifest.ingredients ?? []).flatMap((i) => {
		const label = (i as { active_manifest?: string | null }).active_manifest;
		const found = label ? store.manifests?.[label] : undefined;
		return found ? [found] : [];
	});
	const actions = rawActions.map((a) => {
		const type = a.digitalSourceType ? sourceTypeName(a.digitalSourceType) : undefined;
		const agent = typeof a.softwareAgent === 'string' ? a.softwareAgent : a.softwareAgent?.name;
		return { action: a.action, label: actionLabels[a.action] ?? a.action, sourceType: type, sourceTypeLabel: type ? (sourceTypes[type] ?? type) : undefined, softwareAgent: agent };
	});
	const failures = (store.validation_results?.activeManifest?.failure ?? store.validation_status ?? []).map(explain);
	const onlyUntrusted = failures.every((f) => f.code === 'signingCredential.untrusted');
	// An unknown signer is the only failure an intact credential can have without a trust list.
	const intact = failures.length > 0 ? onlyUntrusted : store.validation_state !== 'Invalid';
	const verdict: Verdict = store.validation_state === 'Trusted' ? 'trusted' : intact ? 'untrusted' : 'invalid';
	return {
		title: manifest.title ?? undefined,
		claimGenerator: generator,
		signer: signature?.common_name ?? signature?.issuer ?? undefined,
		signedAt: signature?.time ?? undefined,
		actions,
		aiDeclared: declaresAi(rawActions),
		aiInIngredients: ingredientManifests.some((m) => declaresAi(actionsOf(m))),
		ingredients: (manifest.ingredients ?? []).map((i) => ({ title: i.title ?? 'untitled', relationship: i.relationship ?? undefined })),
		verdict,
		failures,
	};
}

/** One sentence per verdict, as the page shows it. */
export const verdictText: Record<Verdict, string> = {
	trusted: 'Valid, from a trusted signer: the credentials are intact and the signer is on a trust list.',
	untrusted:
		'Valid but untrusted signer: the credentials are intact and the file has not changed since signing, but the signer is not on a trust list this checker knows, so it cannot confirm who signed it.',
	invalid: 'Invalid: the credentials are present, but the file or its manifest was changed after signing, so what they say cannot be relied on.',
};
