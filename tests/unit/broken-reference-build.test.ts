/**
 * The build itself — not only the content checker — stops on a reference to a record that
 * does not exist. Each scenario copies the site into a scratch folder inside the project (so
 * Astro finds node_modules by walking up), breaks one reference and runs a real `astro build`.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const scratch = join(root, '.test-builds');
const copied = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'content', 'public', 'src'];

/** A copy of the site with one file changed, built; resolves to the exit code and everything the build printed. */
function buildWith(change: (dir: string) => void): Promise<{ code: number | null; output: string }> {
	mkdirSync(scratch, { recursive: true });
	const dir = mkdtempSync(join(scratch, 'site-'));
	for (const name of copied) cpSync(join(root, name), join(dir, name), { recursive: true });
	change(dir);
	return new Promise((resolve) => {
		const build = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
		});
		let output = '';
		build.stdout.on('data', (chunk) => (output += chunk));
		build.stderr.on('data', (chunk) => (output += chunk));
		build.on('close', (code) => resolve({ code, output }));
	});
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a broken reference fails the build', () => {
	// Started together: two builds on two cores take about as long as one.
	const eventNamingMissingCase = buildWith((dir) =>
		writeFileSync(
			join(dir, 'content/events/fixture-broken-reference.yaml'),
			[
				'date: 2025-01-01',
				'kind: lawsuit filed',
				'summary: A fictional suit, filed only to test that the build refuses a reference to a missing case.',
				'cases: [no-such-case]',
				'sources:',
				'  - title: Example',
				'    publisher: Example',
				'    url: https://example.org/',
				'lastVerified: 2025-01-01',
				'',
			].join('\n'),
		),
	);
	const pageNamingMissingTerm = buildWith((dir) => {
		const page = join(dir, 'content/docs/mechanics/evaluation.mdx');
		writeFileSync(page, `${readFileSync(page, 'utf8')}\nA <Term id="no-such-term">made-up term</Term> for the test.\n`);
	});

	it('an event naming a case that does not exist: the build fails and names the file, field and id', async () => {
		const { code, output } = await eventNamingMissingCase;
		expect(code).not.toBe(0);
		expect(output).toContain('content/events/fixture-broken-reference.yaml: cases names "no-such-case", which is not in content/cases/');
	}, 120_000);

	it('a page marking a term that does not exist: the build fails and names the id', async () => {
		const { code, output } = await pageNamingMissingTerm;
		expect(code).not.toBe(0);
		expect(output).toContain('<Term id="no-such-term">: no term "no-such-term" in content/terms/');
	}, 120_000);
});
