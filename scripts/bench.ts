/**
 * npm run bench — our site against a default Starlight site with the same pages, in one run.
 * Prints build times, gzipped page weights, Pagefind search latency (cold and warm, median
 * of 20 queries in Chromium) with the ratios ours / baseline, then a scale run that builds
 * 500 and 2,000 synthetic pages and reports build time and peak memory. A benchmark, not a
 * test: it prints numbers and never fails on them.
 *
 * Flags for quicker runs while working on one number: --no-lighthouse, --no-scale, and
 * --keep (leave the built baseline in .bench/ to inspect).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import { findBrowser, chromiumArgs } from '../tests/browser/find-browser.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { pageWeight } from './page-weight.ts';

const root = process.cwd();
const flags = new Set(process.argv.slice(2));
// Inside the project, so the projects built here find its node_modules by walking up (a symlink confuses Vite).
mkdirSync(join(root, '.bench'), { recursive: true });
const work = mkdtempSync(join(root, '.bench', 'run-'));
const queries = ['sora', 'veo', 'copyright', 'fair use', 'watermark', 'consent', 'diffusion', 'physics', 'union', 'stock footage', 'advertising', 'provenance', 'deepfake', 'training data', 'Runway', 'open weights', 'labelling', 'previs', 'Getty', 'audio'];
const pages = {
	'long article': '/mechanics/how-text-to-video-works/',
	// Uses no component of ours: what the site-wide features (policy, citation, related links, offline) cost alone.
	'plain article': '/ethics/environmental-cost/',
	'case tracker': '/law/cases/',
	'case page': '/law/cases/bartz-v-anthropic/',
};

/** Build a project and return wall-clock and CPU (user + system) seconds and peak resident memory (MB), by /usr/bin/time. */
function build(dir: string) {
	const run = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', join(root, 'node_modules/.bin/astro'), 'build', '--root', dir], {
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=8192' },
	});
	if (run.status !== 0) {
		const meaningful = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /error|heap|signal|killed/i.test(line) && !/MODULE_LEVEL/.test(line));
		throw new Error(`build of ${dir} failed:\n${meaningful.slice(-15).join('\n')}`);
	}
	const [seconds, kb, user, system] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
	return { seconds: seconds!, cpuSeconds: Number((user! + system!).toFixed(2)), peakMb: Math.round(kb! / 1024) };
}

/** A default Starlight project with our pages, minus our components and front-matter additions. */
function makeBaseline(dir: string) {
	mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
	// Declared dependencies let Astro bundle Starlight's components, as in any Starlight project.
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } }));
	writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Baseline' })] });\n`);
	writeFileSync(join(dir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`);
	const copy = (from: string) => {
		for (const name of readdirSync(from)) {
			const path = join(from, name);
			const target = join(dir, 'src/content/docs', relative(join(root, 'content/docs'), path));
			if (statSync(path).isDirectory()) {
				mkdirSync(target, { recursive: true });
				copy(path);
			} else {
				const text = readFileSync(path, 'utf8')
					.replace(/^import .*$/gm, '')
					// Marked glossary terms keep their words; other components are ours and go.
					.replace(/<Term[^>]*>([\s\S]*?)<\/Term>/g, '$1')
					.replace(/<([A-Z]\w*)[^>]*>[\s\S]*?<\/\1>/g, '')
					.replace(/<[A-Z]\w*[^>]*\/>/g, '')
					.replace(/=\{`[^`]*`\}/g, '="#"')
					.replace(/=\{[^}]*\}/g, '="#"');
				writeFileSync(target, text);
			}
		}
	};
	copy(join(root, 'content/docs'));
}

async function searchLatency(dist: string, executablePath: string) {
	const server = await serveStatic(dist);
	const base = server.url;
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	const cold: number[] = [];
	const warm: number[] = [];
	for (const query of queries) {
		const page = await browser.newPage({ serviceWorkers: 'block' });
		await page.goto(`${base}/`);
		const [first, second] = await page.evaluate(async (q) => {
			const bundle = '/pagefind/pagefind.js'; // a URL of the page under test, not a module of this project
			const pagefind = await import(bundle);
			const time = async () => {
				const start = performance.now();
				const search = await pagefind.search(q);
				await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
				return performance.now() - start;
			};
			return [await time(), await time()];
		}, query);
		cold.push(first);
		warm.push(second);
		await page.close();
	}
	await browser.close();
	await server.close();
	return { cold: median(cold), warm: median(warm) };
}

/** The middle item of a list, by a numeric key. */
const medianBy = <T>(items: T[], key: (item: T) => number) => [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!;
const median = (values: number[]) => medianBy(values, (value) => value);

/** The Content Credentials checker: its WebAssembly's size, and how long a reader waits for a verdict. */
async function firstVerdict(dist: string, executablePath: string) {
	const wasm = readdirSync(join(dist, '_astro')).find((file) => file.endsWith('.wasm'))!;
	const wasmFile = readFileSync(join(dist, '_astro', wasm));
	const sample = (name: string) => join(root, 'public/samples/content-credentials', name);
	const server = await serveStatic(dist);
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	const cold: number[] = [];
	const warm: number[] = [];
	for (let i = 0; i < 5; i++) {
		const page = await browser.newPage({ serviceWorkers: 'block' });
		await page.goto(`${server.url}/ethics/check-a-file/`);
		for (const [times, file] of [[cold, 'ai-generated.jpg'], [warm, 'edited.jpg']] as const) {
			const started = Date.now();
			await page.locator('#fr-c2pa-file').setInputFiles(sample(file));
			await page.locator('[data-output] h2', { hasText: file }).waitFor({ timeout: 60_000 });
			await page.locator('[data-output] [data-verdict]').waitFor({ timeout: 60_000 });
			times.push(Date.now() - started);
		}
		await page.close();
	}
	await browser.close();
	await server.close();
	return { wasmBytes: wasmFile.length, wasmGzip: gzipSync(wasmFile).length, cold, warm };
}

/** Lighthouse's four category scores for pages of a built site, in Chromium on this machine. */
async function lighthouseScores(dist: string, executablePath: string, paths: string[]) {
	const server = await serveStatic(dist);
	const base = server.url;
	const port = 9300 + Math.floor(Math.random() * 500);
	const browser = await chromium.launch({ executablePath, args: [...chromiumArgs, `--remote-debugging-port=${port}`] });
	const scores: Record<string, Record<string, number>> = {};
	for (const path of paths) {
		const result = await lighthouse(`${base}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
		scores[path] = Object.fromEntries(Object.entries(result!.lhr.categories).map(([name, category]) => [name, Math.round((category.score ?? 0) * 100)]));
	}
	await browser.close();
	await server.close();
	return scores;
}

/** Our project with N synthetic pages added, to see how the build scales. */
function scaleRun(count: number) {
	const dir = join(work, `scale-${count}`);
	mkdirSync(dir, { recursive: true });
	for (const name of readdirSync(root)) {
		if (!['node_modules', 'dist', '.git', '.astro', '.bench'].includes(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
	}
	const template = readFileSync(join(root, 'content/docs/mechanics/evaluation.mdx'), 'utf8');
	mkdirSync(join(dir, 'content/docs/mechanics/scale'), { recursive: true });
	for (let i = 0; i < count; i++) {
		writeFileSync(join(dir, `content/docs/mechanics/scale/page-${i}.mdx`), template.replace(/^title: .*$/m, `title: Synthetic page ${i}`));
	}
	return build(dir);
}

const browserPath = (await findBrowser()).executablePath;
const baselineDir = join(work, 'baseline');
makeBaseline(baselineDir);
// Builds alternate and the median counts: one build on a shared machine varies by ±20%.
const runs = 5;
console.log(`Building both sites, ${runs} times each…`);
const builds = { ours: [] as ReturnType<typeof build>[], baseline: [] as ReturnType<typeof build>[] };
for (let i = 0; i < runs; i++) {
	builds.ours.push(build(root));
	builds.baseline.push(build(baselineDir));
}
const ours = medianBy(builds.ours, (run) => run.seconds);
const baseline = medianBy(builds.baseline, (run) => run.seconds);
const cpu = { ours: median(builds.ours.map((run) => run.cpuSeconds)), baseline: median(builds.baseline.map((run) => run.cpuSeconds)) };
console.log(`ours: ${builds.ours.map((b) => b.seconds).join(', ')} s; baseline: ${builds.baseline.map((b) => b.seconds).join(', ')} s`);
const ourSearch = await searchLatency(join(root, 'dist'), browserPath);
const baseSearch = await searchLatency(join(baselineDir, 'dist'), browserPath);

const htmlPages = (dist: string): number =>
	readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
const pageCount = { ours: htmlPages(join(root, 'dist')), baseline: htmlPages(join(baselineDir, 'dist')) };
const perPage = { ours: (ours.seconds * 1000) / pageCount.ours, baseline: (baseline.seconds * 1000) / pageCount.baseline };
const rows: [string, number | string, number | string, string][] = [
	[`build time (s), median of ${runs}`, ours.seconds, baseline.seconds, (ours.seconds / baseline.seconds).toFixed(2)],
	// Less noisy than wall-clock time on a shared machine, and counts work done on other cores.
	[`build CPU time, user + system (s), median of ${runs}`, cpu.ours, cpu.baseline, (cpu.ours / cpu.baseline).toFixed(2)],
	// Our build also makes the record pages (cases, models), which the baseline has no equivalent of.
	[`build time per HTML page (ms; ${pageCount.ours} vs ${pageCount.baseline} pages)`, perPage.ours.toFixed(0), perPage.baseline.toFixed(0), (perPage.ours / perPage.baseline).toFixed(2)],
];
for (const [name, path] of Object.entries(pages)) {
	const mine = pageWeight(join(root, 'dist'), path);
	let theirs: ReturnType<typeof pageWeight> | undefined;
	try {
		theirs = pageWeight(join(baselineDir, 'dist'), path);
	} catch {
		theirs = undefined; // the baseline has no record pages
	}
	const total = (w: typeof mine) => w.html + w.css + w.js;
	rows.push([`${name} ${path} (gzip bytes: html+css+js)`, `${total(mine)} (${mine.html}+${mine.css}+${mine.js})`, theirs ? `${total(theirs)} (${theirs.html}+${theirs.css}+${theirs.js})` : 'n/a', theirs ? (total(mine) / total(theirs)).toFixed(2) : 'n/a']);
}
rows.push(['search, cold median (ms)', ourSearch.cold.toFixed(1), baseSearch.cold.toFixed(1), (ourSearch.cold / baseSearch.cold).toFixed(2)]);
rows.push(['search, warm median (ms)', ourSearch.warm.toFixed(1), baseSearch.warm.toFixed(1), (ourSearch.warm / baseSearch.warm).toFixed(2)]);

console.log('\n| measure | ours | baseline | ours / baseline |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);

const checker = await firstVerdict(join(root, 'dist'), browserPath);
console.log(`\nCheck a file: WebAssembly ${(checker.wasmBytes / 1e6).toFixed(2)} MB (${(checker.wasmGzip / 1e6).toFixed(2)} MB gzipped); time from choosing a file to the verdict, median of ${checker.cold.length}: first file ${median(checker.cold).toFixed(0)} ms (fetch and compile included), next file ${median(checker.warm).toFixed(0)} ms.`);

if (!flags.has('--no-lighthouse')) {
	const scores = await lighthouseScores(join(root, 'dist'), browserPath, [pages['long article'], pages['case tracker'], pages['case page']]);
	console.log('\nLighthouse (ours):\n| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|');
	for (const [path, s] of Object.entries(scores)) console.log(`| ${path} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`);
}

if (!flags.has('--no-scale')) {
	console.log('\nScale run (our site plus N synthetic pages):\n| extra pages | build (s) | peak memory (MB) |\n|---|---|---|');
	const scale = [500, 2000].map((count) => {
		const run = { count, ...scaleRun(count) };
		console.log(`| ${run.count} | ${run.seconds} | ${run.peakMb} |`);
		return run;
	});
	const [small, large] = scale;
	const marginalMs = ((large!.seconds - small!.seconds) * 1000) / (large!.count - small!.count);
	console.log(`\nFrom 500 to 2,000 extra pages (×4): build time ×${(large!.seconds / small!.seconds).toFixed(2)}, peak memory ×${(large!.peakMb / small!.peakMb).toFixed(2)}; each page beyond the 500th cost ${marginalMs.toFixed(0)} ms.`);
}
if (flags.has('--keep')) console.log(`\nBuilds kept in ${relative(root, work)}`);
else rmSync(work, { recursive: true, force: true });
