/**
 * npm run check:content — the editorial rules every page must pass.
 * `--list` prints the rules. Exit code 1 when any rule finds a problem.
 */
import { checkContent, formatFinding } from './content-checker/check.ts';
import { rules } from './content-checker/rules/index.ts';

if (process.argv.includes('--list')) {
	for (const rule of rules) console.log(`${rule.id.padEnd(20)} ${rule.description}`);
	process.exit(0);
}

const { files, findings } = await checkContent(process.cwd());
for (const finding of findings) console.log(formatFinding(finding));
if (findings.length > 0) {
	const fileCount = new Set(findings.map((f) => f.file)).size;
	console.log(`\n✗ ${findings.length} problem${findings.length === 1 ? '' : 's'} in ${fileCount} of ${files} files (rules: npm run check:content -- --list)`);
	process.exit(1);
}
console.log(`✓ ${files} content files pass ${rules.length} rules`);
