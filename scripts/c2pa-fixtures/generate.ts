/**
 * Generates the C2PA (Content Credentials) sample files in public/samples/content-credentials/ (with
 * what the signer's reader reports for each in tests/fixtures/c2pa/expected.json), signed by a throw-away test CA,
 * so the site's tests can use signed media without ever needing the signer. See README.md beside this file.
 *
 * Needs: Node 24, `openssl`, `ffmpeg`, and @contentauth/c2pa-node installed outside the repo
 * (path in C2PA_NODE_DIR, default /tmp/c2pa-sign/node_modules/@contentauth/c2pa-node).
 */
import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, randomBytes, sign as signBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------------------------------------------
// The few parts of @contentauth/c2pa-node (and of the manifest store JSON its Reader returns) that this script uses.
// The package is not a dependency of the site, so these are declared here rather than imported.

interface BufferAsset {
	buffer: Buffer;
	mimeType: string;
}
interface OutputAsset {
	buffer: Buffer | null;
}
interface Signer {
	reserveSize(): number;
}
interface Builder {
	setIntent(intent: 'edit' | 'update' | { create: string }): void;
	addAction(actionJson: string): void;
	addIngredient(ingredientJson: string, ingredient?: BufferAsset): Promise<void>;
	signAsync(signer: Signer, input: BufferAsset, output: OutputAsset): Promise<Buffer>;
}
interface Reader {
	json(): ManifestStore;
}
interface C2paNode {
	Builder: { withJson(manifest: object, settings?: object): Builder };
	Reader: { fromAsset(asset: BufferAsset, settings?: object): Promise<Reader | null> };
	CallbackSigner: {
		newSigner(
			config: { alg: 'es256'; certs: Buffer[]; reserveSize: number; tsaUrl?: string; directCoseHandling: boolean },
			sign: (data: Buffer) => Promise<Buffer>,
		): Signer;
	};
}

interface StatusEntry {
	code: string;
	url?: string;
	explanation?: string;
}
interface ValidationResults {
	success?: StatusEntry[];
	informational?: StatusEntry[];
	failure?: StatusEntry[];
}
interface Action {
	action: string;
	digitalSourceType?: string;
	description?: string;
	softwareAgent?: { name?: string; version?: string } | string;
	parameters?: Record<string, unknown>;
}
interface Ingredient {
	title?: string;
	format?: string;
	relationship?: string;
	active_manifest?: string;
	validation_results?: { activeManifest?: ValidationResults };
	validation_status?: StatusEntry[];
}
interface Manifest {
	title?: string;
	format?: string;
	claim_generator?: string;
	claim_generator_info?: Array<{ name: string; version?: string; [key: string]: unknown }>;
	thumbnail?: { format: string; identifier: string };
	assertions?: Array<{ label: string; data: unknown }>;
	ingredients?: Ingredient[];
	signature_info?: {
		alg?: string;
		issuer?: string;
		common_name?: string;
		cert_serial_number?: string;
		time?: string;
	};
	claim_version?: number;
}
interface ManifestStore {
	active_manifest?: string;
	manifests: Record<string, Manifest>;
	validation_status?: StatusEntry[];
	validation_results?: { activeManifest?: ValidationResults; ingredientDeltas?: unknown[] };
	validation_state?: string;
}

// ---------------------------------------------------------------------------------------------------------------

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
// The sample files ship with the site (the "Check a file" page links them); what the signer's own
// reader reports for each stays with the tests.
const outDir = join(repoRoot, 'public', 'samples', 'content-credentials');
const expectedDir = join(repoRoot, 'tests', 'fixtures', 'c2pa');
const c2paDir = resolve(process.env.C2PA_NODE_DIR ?? '/tmp/c2pa-sign/node_modules/@contentauth/c2pa-node');
const keepTemp = process.env.KEEP_TEMP === '1';

const GENERATOR = { name: 'Frames & Rights fixture generator', version: '1.0' };
const SIGNER_ORG = 'Frames & Rights test signer (not trusted)';
const DST = 'http://cv.iptc.org/newscodes/digitalsourcetype/';
const DST_AI = `${DST}trainedAlgorithmicMedia`;
const DST_MINOR_EDITS = `${DST}minorHumanEdits`;
/** A 160 px thumbnail at low quality keeps each signed file at about 20 kB (the default thumbnail alone is ~50 kB). */
const BUILDER_SETTINGS = { builder: { thumbnail: { enabled: true, long_edge: 160, quality: 'low' } } };
const MAX_BYTES = 60_000;

class FixtureError extends Error {}

/** Stops the run (after the temporary directory with the private keys is removed) with a message for the user. */
function fail(message: string): never {
	throw new FixtureError(message);
}

function run(command: string, args: string[], cwd?: string): string {
	try {
		return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (error) {
		const e = error as { stderr?: string; message: string };
		fail(`${command} ${args.join(' ')} failed:\n${e.stderr || e.message}`);
	}
}

function requireTool(command: string, versionArgs: string[], hint: string): string {
	try {
		return execFileSync(command, versionArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0]!.trim();
	} catch {
		fail(`\`${command}\` is needed but was not found. ${hint}`);
	}
}

async function loadC2pa(): Promise<{ c2pa: C2paNode; version: string }> {
	const entry = join(c2paDir, 'dist', 'index.js');
	const binary = process.env.C2PA_LIBRARY_PATH ?? join(c2paDir, 'dist', 'index.node');
	if (!existsSync(entry) || !existsSync(binary)) {
		fail(
			`@contentauth/c2pa-node was not found at ${c2paDir} (looked for dist/index.js and ${binary}).\n` +
				'Install it outside the repo (its postinstall downloads a binary, so skip scripts; the npm tarball ships the linux-x64 one):\n' +
				'  mkdir -p /tmp/c2pa-sign && cd /tmp/c2pa-sign && npm init -y && npm install --ignore-scripts @contentauth/c2pa-node@0.8.0\n' +
				'or point C2PA_NODE_DIR at an existing install.',
		);
	}
	const version = (JSON.parse(readFileSync(join(c2paDir, 'package.json'), 'utf8')) as { version: string }).version;
	return { c2pa: (await import(pathToFileURL(entry).href)) as C2paNode, version };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const uniqueSorted = (codes: string[]) => [...new Set(codes)].sort();
const codesOf = (entries: StatusEntry[] | undefined) => uniqueSorted((entries ?? []).map((e) => e.code));
/** A positive, 64-bit serial number in hex, as openssl -set_serial takes it. */
const serial = () => {
	const bytes = randomBytes(8);
	bytes[0] = bytes[0]! & 0x7f;
	return `0x${bytes.toString('hex')}`;
};

// ---------------------------------------------------------------------------------------------------------------
// A throw-away PKI: test CA, a C2PA signing certificate and an RFC 3161 time-stamping certificate, all P-256.

const OPENSSL_CONFIG = `
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused

[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

# What C2PA asks of a claim signing certificate: not a CA, digitalSignature, an allowed EKU (emailProtection).
[signer_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[tsa_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[tsa]
default_tsa = tsa_config
[tsa_config]
serial = ./tsa-serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
other_policies = 1.3.6.1.4.1.99999.2
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = no
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;

interface Pki {
	caPem: string;
	signerChainPem: Buffer;
	signerKeyPem: Buffer;
	certificates: Record<string, { subject: string; issuer: string; notBefore: string; notAfter: string; sha256Fingerprint: string }>;
}

function makePki(dir: string): Pki {
	writeFileSync(join(dir, 'openssl.cnf'), OPENSSL_CONFIG);
	writeFileSync(join(dir, 'tsa-serial'), '01\n');
	const newKey = (file: string) => run('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file], dir);
	newKey('ca.key');
	run('openssl', ['req', '-config', 'openssl.cnf', '-x509', '-new', '-key', 'ca.key', '-sha256', '-days', '3650', '-set_serial', serial(),
		'-subj', `/CN=Frames & Rights test CA (not trusted)/O=${SIGNER_ORG}`, '-extensions', 'ca_ext', '-out', 'ca.pem'], dir);
	const issue = (name: string, cn: string, extensions: string, days: number) => {
		newKey(`${name}.key`);
		run('openssl', ['req', '-config', 'openssl.cnf', '-new', '-key', `${name}.key`, '-subj', `/CN=${cn}/O=${SIGNER_ORG}`, '-out', `${name}.csr`], dir);
		run('openssl', ['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', serial(), '-days', String(days),
			'-sha256', '-extfile', 'openssl.cnf', '-extensions', extensions, '-out', `${name}.pem`], dir);
	};
	issue('signer', 'Frames & Rights fixture signer', 'signer_ext', 1826);
	issue('tsa', 'Frames & Rights test time-stamping authority', 'tsa_ext', 1826);
	// Check the chain the way any verifier would, purpose included.
	run('openssl', ['verify', '-CAfile', 'ca.pem', '-purpose', 'smimesign', 'signer.pem'], dir);
	run('openssl', ['verify', '-CAfile', 'ca.pem', '-purpose', 'timestampsign', 'tsa.pem'], dir);

	const certificates: Pki['certificates'] = {};
	for (const name of ['ca', 'signer', 'tsa']) {
		const fields = Object.fromEntries(
			run('openssl', ['x509', '-in', `${name}.pem`, '-noout', '-subject', '-issuer', '-startdate', '-enddate', '-fingerprint', '-sha256', '-nameopt', 'RFC2253'], dir)
				.trim()
				.split('\n')
				.map((line) => {
					const at = line.indexOf('=');
					return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
				}),
		) as Record<string, string>;
		certificates[name] = {
			subject: fields.subject!,
			issuer: fields.issuer!,
			notBefore: new Date(fields.notBefore!).toISOString(),
			notAfter: new Date(fields.notAfter!).toISOString(),
			sha256Fingerprint: Object.entries(fields).find(([k]) => k.toLowerCase().includes('fingerprint'))![1],
		};
	}
	const caPem = readFileSync(join(dir, 'ca.pem'), 'utf8');
	return {
		caPem,
		signerChainPem: Buffer.concat([readFileSync(join(dir, 'signer.pem')), Buffer.from(caPem)]),
		signerKeyPem: readFileSync(join(dir, 'signer.key')),
		certificates,
	};
}

/** An RFC 3161 time-stamping authority on 127.0.0.1 answered by `openssl ts -reply`, so manifests carry a signing time. */
async function startTsa(dir: string) {
	let served = 0;
	const server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			try {
				writeFileSync(join(dir, 'request.tsq'), Buffer.concat(chunks));
				run('openssl', ['ts', '-reply', '-config', 'openssl.cnf', '-queryfile', 'request.tsq', '-signer', 'tsa.pem', '-inkey', 'tsa.key',
					'-chain', 'ca.pem', '-out', 'response.tsr'], dir);
				const body = readFileSync(join(dir, 'response.tsr'));
				served++;
				response.writeHead(200, { 'content-type': 'application/timestamp-reply', 'content-length': body.length });
				response.end(body);
			} catch (error) {
				console.error('c2pa-fixtures: time-stamping failed', error);
				response.writeHead(500).end();
			}
		});
	});
	await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		served: () => served,
		close: () => {
			server.closeAllConnections();
			server.close();
		},
	};
}

// ---------------------------------------------------------------------------------------------------------------
// Source media, made locally with ffmpeg: a 160x90 Mandelbrot still and a 1 s, 160x90 Mandelbrot zoom.

function makeMedia(dir: string) {
	const quiet = ['-hide_banner', '-loglevel', 'error', '-y'];
	const bitexact = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags', '+bitexact'];
	run('ffmpeg', [...quiet, '-f', 'lavfi', '-i', 'mandelbrot=size=160x90:rate=1', '-frames:v', '1', '-q:v', '4', ...bitexact, 'source.jpg'], dir);
	// The "edit": a colour adjustment of the same picture.
	run('ffmpeg', [...quiet, '-i', 'source.jpg', '-vf', 'eq=saturation=1.6:contrast=1.15:gamma=0.9,hue=h=40', '-q:v', '4', ...bitexact, 'edited-source.jpg'], dir);
	run('ffmpeg', [...quiet, '-f', 'lavfi', '-i', 'mandelbrot=size=160x90:rate=12', '-t', '1', '-c:v', 'libx264', '-preset', 'veryslow', '-crf', '30',
		'-pix_fmt', 'yuv420p', '-an', '-movflags', '+faststart', ...bitexact, 'source.mp4'], dir);
	return {
		jpeg: readFileSync(join(dir, 'source.jpg')),
		editedJpeg: readFileSync(join(dir, 'edited-source.jpg')),
		mp4: readFileSync(join(dir, 'source.mp4')),
	};
}

// ---------------------------------------------------------------------------------------------------------------
// Tampering: after signing, scale the DC entry of the first quantisation table (DQT) of the JPEG. Those bytes are image
// data covered by the data hash, far from the manifest (APP11); the file still decodes cleanly, with its tones
// visibly shifted, so a browser shows the picture while C2PA validation reports assertion.dataHash.mismatch.

function tamper(signed: Buffer): { data: Buffer; offsets: number[] } {
	const data = Buffer.from(signed);
	let offset = 2; // after SOI
	let lastApp11End = 0;
	while (offset + 4 <= data.length && data[offset] === 0xff) {
		const marker = data[offset + 1]!;
		const length = data.readUInt16BE(offset + 2);
		if (marker === 0xeb) lastApp11End = offset + 2 + length;
		if (marker === 0xdb) {
			if (lastApp11End === 0) fail('expected the C2PA manifest (APP11) before the quantisation tables');
			if (data[offset + 4]! >> 4 !== 0) fail('expected an 8-bit quantisation table');
			const at = offset + 5; // first (DC) entry of the first table
			const before = data[at]!;
			data[at] = Math.min(255, Math.max(before + 1, Math.round(before * 1.5)));
			return { data, offsets: [at] };
		}
		if (marker === 0xda) break;
		offset += 2 + length;
	}
	fail('could not find a quantisation table in the signed JPEG');
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a fixture back: what the c2pa-node Reader reports, reduced to what the site and its tests care about.

async function read(c2pa: C2paNode, asset: BufferAsset, settings?: object): Promise<ManifestStore | null> {
	try {
		const reader = await c2pa.Reader.fromAsset(asset, settings);
		return reader ? reader.json() : null;
	} catch (error) {
		if (/ManifestNotFound|JumbfNotFound|no manifest|not found/i.test(String(error))) return null;
		throw error;
	}
}

function actionsOf(manifest: Manifest | undefined): Action[] {
	return (manifest?.assertions ?? [])
		.filter((assertion) => /^c2pa\.actions(\.v\d+)?$/.test(assertion.label))
		.flatMap((assertion) => (assertion.data as { actions?: Action[] }).actions ?? []);
}

const digitalSourceTypes = (actions: Action[]) => [...new Set(actions.flatMap((a) => (a.digitalSourceType ? [a.digitalSourceType] : [])))];

function describe(store: ManifestStore, trustedStore: ManifestStore | null) {
	const manifest = store.active_manifest ? store.manifests[store.active_manifest] : undefined;
	const info = manifest?.claim_generator_info ?? [];
	const signature = manifest?.signature_info ?? {};
	const actions = actionsOf(manifest);
	const results = store.validation_results?.activeManifest;
	const trustedResults = trustedStore?.validation_results?.activeManifest;
	return {
		hasManifest: true,
		activeManifest: store.active_manifest ?? null,
		manifestCount: Object.keys(store.manifests).length,
		claimVersion: manifest?.claim_version ?? null,
		title: manifest?.title ?? null,
		claimGenerator: manifest?.claim_generator ?? (info[0] ? `${info[0].name}/${info[0].version ?? ''}` : null),
		claimGeneratorInfo: info,
		hasThumbnail: Boolean(manifest?.thumbnail),
		signer: {
			commonName: signature.common_name ?? null,
			issuer: signature.issuer ?? null,
			alg: signature.alg ?? null,
			certSerialNumber: signature.cert_serial_number ?? null,
		},
		signingTimePresent: Boolean(signature.time),
		signingTime: signature.time ?? null,
		actions: actions.map((a) => ({
			action: a.action,
			...(a.digitalSourceType ? { digitalSourceType: a.digitalSourceType } : {}),
			...(a.description ? { description: a.description } : {}),
			...(a.softwareAgent ? { softwareAgent: typeof a.softwareAgent === 'string' ? a.softwareAgent : a.softwareAgent.name } : {}),
		})),
		digitalSourceTypes: digitalSourceTypes(actions),
		ingredients: (manifest?.ingredients ?? []).map((ingredient) => {
			const ingredientManifest = ingredient.active_manifest ? store.manifests[ingredient.active_manifest] : undefined;
			return {
				title: ingredient.title ?? null,
				format: ingredient.format ?? null,
				relationship: ingredient.relationship ?? null,
				hasManifest: Boolean(ingredientManifest),
				digitalSourceTypes: digitalSourceTypes(actionsOf(ingredientManifest)),
				validationFailures: codesOf(ingredient.validation_results?.activeManifest?.failure ?? ingredient.validation_status),
			};
		}),
		validationState: store.validation_state ?? null,
		// The store-level list: what went wrong (or is noteworthy) in the active manifest.
		validationStatus: codesOf(store.validation_status),
		validationResults: {
			success: codesOf(results?.success),
			informational: codesOf(results?.informational),
			failure: codesOf(results?.failure),
		},
		// The same file read with test-ca.pem as the only trust anchor.
		withTestCaAsTrustAnchor: trustedStore
			? {
					validationState: trustedStore.validation_state ?? null,
					validationStatus: codesOf(trustedStore.validation_status),
					informational: codesOf(trustedResults?.informational),
					failure: codesOf(trustedResults?.failure),
				}
			: null,
	};
}

type Description = ReturnType<typeof describe>;
const NO_MANIFEST = { hasManifest: false, validationState: null, validationStatus: [], validationResults: null, withTestCaAsTrustAnchor: null };

// ---------------------------------------------------------------------------------------------------------------

async function main() {
	const { c2pa, version } = await loadC2pa();
	const opensslVersion = requireTool('openssl', ['version'], 'Install it with `apt-get install -y openssl`.');
	const ffmpegVersion = requireTool('ffmpeg', ['-version'], 'Install it with `apt-get install -y ffmpeg` (Debian package).');

	const work = mkdtempSync(join(tmpdir(), 'c2pa-fixtures-'));
	try {
		const pki = makePki(work);
		const media = makeMedia(work);
		const tsa = await startTsa(work);

		const key = createPrivateKey(pki.signerKeyPem);
		const signer = c2pa.CallbackSigner.newSigner(
			{ alg: 'es256', certs: [pki.signerChainPem], reserveSize: 10_240, tsaUrl: tsa.url, directCoseHandling: false },
			async (data) => signBytes('sha256', data, { key, dsaEncoding: 'ieee-p1363' }),
		);
		const signAs = async (builder: Builder, input: BufferAsset) => {
			const output: OutputAsset = { buffer: null };
			await builder.signAsync(signer, input, output);
			if (!output.buffer) fail('signing produced no output');
			return output.buffer;
		};
		const created = async (title: string, format: string, input: Buffer) => {
			const builder = c2pa.Builder.withJson({ claim_generator_info: [GENERATOR], title, format }, BUILDER_SETTINGS);
			builder.setIntent({ create: DST_AI });
			builder.addAction(
				JSON.stringify({
					action: 'c2pa.created',
					digitalSourceType: DST_AI,
					softwareAgent: GENERATOR,
					description: 'Generated by a (simulated) text-to-image model for the Frames & Rights test fixtures.',
				}),
			);
			return signAs(builder, { buffer: input, mimeType: format });
		};

		let aiJpeg: Buffer;
		let aiMp4: Buffer;
		let edited: Buffer;
		try {
			aiJpeg = await created('AI-generated sample image (Frames & Rights test fixture)', 'image/jpeg', media.jpeg);
			aiMp4 = await created('AI-generated sample video (Frames & Rights test fixture)', 'video/mp4', media.mp4);

			const builder = c2pa.Builder.withJson(
				{ claim_generator_info: [GENERATOR], title: 'Edited sample image (Frames & Rights test fixture)', format: 'image/jpeg' },
				BUILDER_SETTINGS,
			);
			builder.setIntent('edit');
			await builder.addIngredient(
				JSON.stringify({ title: 'ai-generated.jpg', format: 'image/jpeg', relationship: 'parentOf' }),
				{ buffer: aiJpeg, mimeType: 'image/jpeg' },
			);
			builder.addAction(
				JSON.stringify({
					action: 'c2pa.color_adjustments',
					softwareAgent: GENERATOR,
					description: 'Saturation, contrast, gamma and hue adjusted.',
					parameters: { 'com.framesandrights.adjustments': 'saturation 1.6, contrast 1.15, gamma 0.9, hue +40°' },
				}),
			);
			builder.addAction(
				JSON.stringify({
					action: 'c2pa.edited',
					digitalSourceType: DST_MINOR_EDITS,
					softwareAgent: GENERATOR,
					description: 'Minor colour edit of an AI-generated image, with non-generative tools.',
				}),
			);
			edited = await signAs(builder, { buffer: media.editedJpeg, mimeType: 'image/jpeg' });
		} finally {
			tsa.close();
		}
		const { data: tampered, offsets: tamperedOffsets } = tamper(aiJpeg);

		// -- write the fixtures --------------------------------------------------------------------------------------
		mkdirSync(outDir, { recursive: true });
		const fixtures: Array<{ file: string; data: Buffer; mimeType: string; about: string }> = [
			{ file: 'ai-generated.jpg', data: aiJpeg, mimeType: 'image/jpeg', about: 'Signed; c2pa.created with digitalSourceType trainedAlgorithmicMedia.' },
			{ file: 'ai-generated.mp4', data: aiMp4, mimeType: 'video/mp4', about: 'Signed; c2pa.created with digitalSourceType trainedAlgorithmicMedia.' },
			{ file: 'edited.jpg', data: edited, mimeType: 'image/jpeg', about: 'Signed edit whose parent ingredient is ai-generated.jpg (opened, colour-adjusted, edited).' },
			{ file: 'unsigned.jpg', data: media.jpeg, mimeType: 'image/jpeg', about: 'Plain JPEG, no manifest.' },
			{ file: 'tampered.jpg', data: tampered, mimeType: 'image/jpeg', about: 'ai-generated.jpg with image-data bytes changed after signing: the data hash no longer matches.' },
		];
		for (const f of fixtures) writeFileSync(join(outDir, f.file), f.data);
		writeFileSync(join(outDir, 'test-ca.pem'), pki.caPem);

		// -- read every fixture back ---------------------------------------------------------------------------------
		const trustSettings = { trust: { trust_anchors: pki.caPem } };
		const files: Record<string, Record<string, unknown>> = {};
		const described: Record<string, Description | null> = {};
		for (const f of fixtures) {
			const asset = { buffer: f.data, mimeType: f.mimeType };
			const store = await read(c2pa, asset);
			const d = store ? describe(store, await read(c2pa, asset, trustSettings)) : null;
			described[f.file] = d;
			files[f.file] = { about: f.about, mimeType: f.mimeType, bytes: f.data.length, sha256: sha256(f.data), ...(d ?? NO_MANIFEST) };
			if (f.file === 'tampered.jpg') files[f.file]!.tamperedByteOffsets = tamperedOffsets;
		}
		const caBytes = Buffer.from(pki.caPem);
		files['test-ca.pem'] = {
			about: 'Public certificate of the throw-away test CA that issued the signing and time-stamping certificates. Not in any trust list.',
			mimeType: 'application/x-pem-file',
			bytes: caBytes.length,
			sha256: sha256(caBytes),
			certificate: pki.certificates.ca,
		};

		const expected = {
			about:
				'What @contentauth/c2pa-node reports for each file in this folder, written by scripts/c2pa-fixtures/generate.ts. ' +
				'Validation codes are sorted and de-duplicated. Read with default settings (no trust list), so signed files report ' +
				'signingCredential.untrusted; withTestCaAsTrustAnchor is the same file read with test-ca.pem as the only trust anchor.',
			generatedAt: new Date().toISOString(),
			tools: { c2paNode: version, openssl: opensslVersion, ffmpeg: ffmpegVersion.replace(/ Copyright.*$/, '') },
			certificates: pki.certificates,
			files,
		};
		mkdirSync(expectedDir, { recursive: true });
		writeFileSync(join(expectedDir, 'expected.json'), `${JSON.stringify(expected, null, '\t')}\n`);

		// -- check the fixtures are what they claim to be -------------------------------------------------------------
		const problems: string[] = [];
		const check = (ok: boolean, message: string) => {
			if (!ok) problems.push(message);
		};
		for (const file of ['ai-generated.jpg', 'ai-generated.mp4', 'edited.jpg']) {
			const d = described[file];
			if (!d) {
				problems.push(`${file}: no manifest`);
				continue;
			}
			check(d.validationResults.failure.join() === 'signingCredential.untrusted', `${file}: failures ${d.validationResults.failure.join(', ')}`);
			check(d.validationState === 'Valid', `${file}: validation state ${d.validationState}`);
			check(d.withTestCaAsTrustAnchor?.validationState === 'Trusted', `${file}: not Trusted with the test CA as anchor`);
			check(d.signingTimePresent === true, `${file}: no signing time`);
			check(d.signer.issuer === SIGNER_ORG, `${file}: issuer ${d.signer.issuer}`);
			check(d.claimGenerator === `${GENERATOR.name}/${GENERATOR.version}`, `${file}: claim generator ${d.claimGenerator}`);
		}
		for (const file of ['ai-generated.jpg', 'ai-generated.mp4']) {
			const d = described[file];
			check(d?.actions.some((a) => a.action === 'c2pa.created' && a.digitalSourceType === DST_AI) === true, `${file}: no c2pa.created with ${DST_AI}`);
		}
		const e = described['edited.jpg'];
		for (const action of ['c2pa.opened', 'c2pa.color_adjustments', 'c2pa.edited']) {
			check(e?.actions.some((a) => a.action === action) === true, `edited.jpg: no ${action} action`);
		}
		const parent = e?.ingredients[0];
		check(parent?.title === 'ai-generated.jpg' && parent.relationship === 'parentOf', 'edited.jpg: parent ingredient missing');
		check(parent?.digitalSourceTypes.includes(DST_AI) === true, "edited.jpg: parent ingredient's manifest is not AI-generated");
		check(described['unsigned.jpg'] === null, 'unsigned.jpg: has a manifest');
		const t = described['tampered.jpg'];
		check(t?.validationResults.failure.includes('assertion.dataHash.mismatch') === true, `tampered.jpg: failures ${t?.validationResults.failure.join(', ')}`);
		check(t?.validationState === 'Invalid', `tampered.jpg: validation state ${t?.validationState}`);
		check(tsa.served() === 3, `expected 3 time-stamps, served ${tsa.served()}`);
		for (const f of fixtures) check(f.data.length <= MAX_BYTES, `${f.file}: ${f.data.length} bytes, over ${MAX_BYTES}`);

		// -- summary -------------------------------------------------------------------------------------------------
		console.log(`Wrote ${fixtures.length + 2} files to ${outDir}`);
		for (const f of fixtures) {
			const d = described[f.file];
			const codes = d ? `${d.validationState}: ${d.validationResults.failure.join(', ') || 'no failures'}` : 'no manifest';
			console.log(`  ${f.file.padEnd(18)} ${String(f.data.length).padStart(6)} B  ${codes}`);
		}
		console.log(`  ${'test-ca.pem'.padEnd(18)} ${String(caBytes.length).padStart(6)} B  public test CA certificate`);
		console.log(`  ${'expected.json'.padEnd(18)} ${String(readFileSync(join(expectedDir, 'expected.json')).length).padStart(6)} B`);
		if (problems.length > 0) fail(`the fixtures are not as intended:\n  ${problems.join('\n  ')}`);
		console.log('All fixtures checked.');
	} finally {
		if (keepTemp) console.log(`Kept the temporary directory (with private keys): ${work}`);
		else rmSync(work, { recursive: true, force: true });
	}
}

try {
	await main();
} catch (error) {
	if (!(error instanceof FixtureError)) throw error;
	console.error(`c2pa-fixtures: ${error.message}`);
	process.exitCode = 1;
}
// c2pa-node 0.8.0 keeps the event loop alive after Builder.signAsync with a CallbackSigner, so leave explicitly.
process.exit();
