/**
 * npm run report:stale -- [--days 180]
 * Lists pages whose lastReviewed, and records whose lastVerified or statusAsOf, is older
 * than the given age. A report, not a check: it always exits 0, so CI never fails with time.
 */
import { readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { parse } from 'yaml';
import { docsDir, docsPattern } from '../src/content-paths.ts';
import { recordCollections } from '../src/schemas/records.ts';

const daysArg = process.argv.indexOf('--days');
const days = daysArg > 0 ? Number(process.argv[daysArg + 1]) : 180;
if (!Number.isFinite(days) || days < 0) {
	console.error('usage: npm run report:stale -- --days <number>');
	process.exit(1);
}
const cutoff = Date.now() - days * 24 * 60 * 60 * 1000;

interface Stale {
	file: string;
	field: string;
	date: string;
}

const toDay = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const isStale = (value: unknown) => {
	const time = new Date(toDay(value)).getTime();
	return Number.isFinite(time) && time < cutoff;
};

const stale: Stale[] = [];
for await (const path of glob(`${docsDir}/${docsPattern}`)) {
	const frontmatter = readFileSync(path, 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1];
	const data = frontmatter ? parse(frontmatter) : {};
	if (isStale(data?.lastReviewed)) stale.push({ file: path, field: 'lastReviewed', date: toDay(data.lastReviewed) });
}
for (const { dir } of Object.values(recordCollections)) {
	for await (const path of glob(`${dir}/*.yaml`)) {
		const data = parse(readFileSync(path, 'utf8')) ?? {};
		for (const field of ['lastVerified', 'statusAsOf']) {
			if (field in data && isStale(data[field])) stale.push({ file: path, field, date: toDay(data[field]) });
		}
	}
}

stale.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
for (const item of stale) console.log(`${item.date}  ${item.field.padEnd(12)}  ${item.file}`);
console.log(`\n${stale.length} date${stale.length === 1 ? '' : 's'} older than ${days} days (review the oldest first; this report never fails)`);
