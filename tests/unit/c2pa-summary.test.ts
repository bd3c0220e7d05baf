import { describe, expect, it } from 'vitest';
import type { ManifestStore } from '@contentauth/c2pa-types';
import { summariseCredentials, verdictText } from '../../src/components/c2pa-summary.ts';

const AI = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';
const untrusted = { code: 'signingCredential.untrusted', explanation: 'signing certificate untrusted' };

function store(overrides: Partial<ManifestStore> = {}, actions: object[] = [{ action: 'c2pa.created', digitalSourceType: AI }]): ManifestStore {
	return {
		active_manifest: 'urn:c2pa:1',
		manifests: {
			'urn:c2pa:1': {
				title: 'clip.mp4',
				claim_generator_info: [{ name: 'Example Video Generator', version: '2.0' }],
				signature_info: { issuer: 'Example CA', common_name: 'Example Signer', time: '2026-11-01T10:00:00Z' },
				assertions: [{ label: 'c2pa.actions.v2', data: { actions } }],
				ingredients: [{ title: 'source.jpg', relationship: 'parentOf' }],
			},
		},
		validation_state: 'Invalid',
		validation_results: { activeManifest: { success: [], informational: [], failure: [untrusted] } },
		...overrides,
	} as ManifestStore;
}

describe('summariseCredentials', () => {
	it('says nothing when there is no active manifest', () => {
		expect(summariseCredentials({ manifests: {} } as ManifestStore)).toBeUndefined();
	});

	it('reads generator, signer, time, actions, AI declaration and ingredients', () => {
		const summary = summariseCredentials(store())!;
		expect(summary).toMatchObject({
			title: 'clip.mp4',
			claimGenerator: 'Example Video Generator 2.0',
			signer: 'Example Signer',
			signedAt: '2026-11-01T10:00:00Z',
			aiDeclared: true,
			ingredients: [{ title: 'source.jpg', relationship: 'parentOf' }],
		});
		expect(summary.actions[0]).toMatchObject({ label: 'Created', sourceType: 'trainedAlgorithmicMedia' });
		expect(summary.actions[0]!.sourceTypeLabel).toMatch(/AI-generated/);
	});

	it('calls an intact credential from an unknown signer untrusted, not invalid', () => {
		expect(summariseCredentials(store())!.verdict).toBe('untrusted');
		expect(summariseCredentials(store({ validation_state: 'Valid', validation_results: { activeManifest: { success: [], informational: [], failure: [] } } }))!.verdict).toBe('untrusted');
		expect(summariseCredentials(store({ validation_state: 'Trusted', validation_results: { activeManifest: { success: [], informational: [], failure: [] } } }))!.verdict).toBe('trusted');
	});

	it('calls a changed file invalid and explains each failure', () => {
		const summary = summariseCredentials(
			store({ validation_results: { activeManifest: { success: [], informational: [], failure: [untrusted, { code: 'assertion.dataHash.mismatch' }] } } }),
		)!;
		expect(summary.verdict).toBe('invalid');
		expect(summary.failures.map((f) => f.code)).toEqual(['signingCredential.untrusted', 'assertion.dataHash.mismatch']);
		expect(summary.failures[1]!.explanation).toMatch(/changed afterwards/);
		expect(verdictText.invalid).toMatch(/^Invalid/);
	});

	it('notices AI-generated material among the ingredients of an edit', () => {
		const edit = store({}, [{ action: 'c2pa.opened' }, { action: 'c2pa.color_adjustments' }]);
		const parent = edit.manifests!['urn:c2pa:1']!;
		edit.manifests!['urn:c2pa:1'] = { ...parent, ingredients: [{ title: 'source.jpg', relationship: 'parentOf', active_manifest: 'urn:c2pa:0' } as never] };
		edit.manifests!['urn:c2pa:0'] = { ...parent, ingredients: [], assertions: [{ label: 'c2pa.actions.v2', data: { actions: [{ action: 'c2pa.created', digitalSourceType: AI }] } }] };
		const summary = summariseCredentials(edit)!;
		expect(summary.aiDeclared).toBe(false);
		expect(summary.aiInIngredients).toBe(true);
		expect(summary.actions.map((a) => a.label)).toEqual(['Opened an existing file to work on', 'Adjusted colours']);
	});

	it('does not call a camera capture AI-generated', () => {
		const summary = summariseCredentials(store({}, [{ action: 'c2pa.created', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture' }]))!;
		expect(summary.aiDeclared).toBe(false);
		expect(summary.actions[0]!.sourceTypeLabel).toBe('captured by a camera or recorder');
	});
});
