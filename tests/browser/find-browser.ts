import { existsSync } from 'node:fs';

/** Where system Chrome or Chromium usually lives on Linux and macOS. */
const systemBrowsers = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export interface FoundBrowser {
	executablePath: string;
	/** Where it came from, printed so a failing run says which browser it used. */
	source: string;
}

/**
 * A Chromium for the browser tests: `CHROME_PATH` if set, else a system browser,
 * else the headless Chromium shipped inside the @sparticuz/chromium npm package
 * (a fresh machine with only Node and npm has no other). Never downloads anything.
 */
export async function findBrowser(
	env: NodeJS.ProcessEnv = process.env,
	exists: (path: string) => boolean = existsSync,
	bundledPath: () => Promise<string> = async () => (await import('@sparticuz/chromium')).default.executablePath(),
): Promise<FoundBrowser> {
	if (env.CHROME_PATH) {
		if (exists(env.CHROME_PATH)) return { executablePath: env.CHROME_PATH, source: 'CHROME_PATH' };
		throw new Error(`CHROME_PATH is set to "${env.CHROME_PATH}", but no file is there. Point it at a Chrome or Chromium binary, or unset it.`);
	}
	const system = systemBrowsers.find((path) => exists(path));
	if (system) return { executablePath: system, source: 'system' };
	let bundledError = '';
	try {
		return { executablePath: await bundledPath(), source: '@sparticuz/chromium (npm package)' };
	} catch (error) {
		bundledError = error instanceof Error ? error.message : String(error);
	}
	throw new Error(
		[
			'No Chromium found for the browser tests.',
			`Looked for CHROME_PATH, then ${systemBrowsers.join(', ')}, then the @sparticuz/chromium package (${bundledError}).`,
			'Fix it with one of:',
			'  npm install                      # installs the bundled Chromium (x64/arm64 Linux)',
			'  sudo apt-get install chromium    # Debian/Ubuntu system Chromium',
			'  CHROME_PATH=/path/to/chrome npm test',
		].join('\n'),
	);
}

/**
 * Flags for a headless run as root in a sandbox with no network: no sandbox (root),
 * and none of Chromium's own background connections (they fail, slowly, offline).
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];
