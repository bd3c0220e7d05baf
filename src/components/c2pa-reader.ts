import { createC2pa, type C2paSdk } from '@contentauth/c2pa-web';
// Vite copies the WebAssembly binary into /_astro/ with a hashed name; it ships with the site.
import wasmSrc from '@contentauth/c2pa-web/resources/c2pa.wasm?url';
import type { ManifestStore } from '@contentauth/c2pa-types';

let sdk: Promise<C2paSdk> | undefined;

/**
 * The C2PA manifest store of a local file, or null when it has none. Loaded only when a
 * reader chooses a file: the SDK compiles its WebAssembly in the page and reads in a worker,
 * and nothing is sent anywhere.
 */
export async function readCredentials(format: string, file: Blob): Promise<ManifestStore | null> {
	sdk ??= createC2pa({ wasmSrc });
	const reader = await (await sdk).reader.fromBlob(format, file);
	if (!reader) return null;
	try {
		return await reader.manifestStore();
	} finally {
		await reader.free();
	}
}
