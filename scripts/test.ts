/**
 * npm test: every check, in order, stopping at the first failure.
 * Vitest steps count each test; every other step counts as one check.
 * The last line is the plain total "N passed, N failed" that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Step {
	name: string;
	command: string[];
	/** Vitest project whose per-test results are counted. */
	vitestProject?: string;
}

const steps: Step[] = [
	{ name: 'typecheck', command: ['astro', 'check', '--minimumSeverity', 'warning'] },
	{ name: 'unit tests', command: [], vitestProject: 'unit' },
	{ name: 'content checker', command: ['node', 'scripts/check-content.ts'] },
	{ name: 'production build', command: ['astro', 'build'] },
	{ name: 'links and anchors', command: ['node', 'scripts/check-links.ts'] },
	{ name: 'link manifest', command: ['node', 'scripts/link-manifest.ts'] },
	{ name: 'browser tests', command: [], vitestProject: 'browser' },
];

const reportDir = mkdtempSync(join(tmpdir(), 'frames-test-'));
let passed = 0;
let failed = 0;

function vitestCounts(file: string) {
	try {
		const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
		return { passed: report.numPassedTests, failed: report.numFailedTests, total: report.numTotalTests };
	} catch {
		return undefined;
	}
}

for (const step of steps) {
	console.log(`\n▶ ${step.name}`);
	const report = join(reportDir, `${step.vitestProject}.json`);
	const command = step.vitestProject
		? ['vitest', 'run', '--project', step.vitestProject, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
		: step.command;
	const started = Date.now();
	const run = spawnSync(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
	const ok = run.status === 0;
	const counts = step.vitestProject ? vitestCounts(report) : undefined;
	if (counts && counts.total > 0) {
		passed += counts.passed;
		// A crash outside a test (setup, a missing browser) fails the step even with no failed test.
		failed += ok ? counts.failed : Math.max(counts.failed, 1);
	} else if (ok && step.vitestProject) {
		console.log(`✗ ${step.name}: vitest ran no test`);
		failed += 1;
	} else {
		ok ? passed++ : failed++;
	}
	console.log(`${ok ? '✓' : '✗'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
	if (!ok || failed > 0) {
		const rest = steps.slice(steps.indexOf(step) + 1).map((s) => s.name);
		if (rest.length) console.log(`Stopped before: ${rest.join(', ')}`);
		break;
	}
}

rmSync(reportDir, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
