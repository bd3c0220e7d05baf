// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { site, editBaseUrl } from './src/site.ts';
import { sidebar } from './src/sidebar.ts';
import { serviceWorker } from './src/plugins/service-worker.ts';
import { cspInlineHashes } from './src/plugins/csp-inline-hashes.ts';
import { stableHeadingIds } from './src/plugins/stable-heading-ids.ts';
import { focusableTables } from './src/plugins/focusable-tables.ts';
import { redirects } from './src/redirects.ts';

export default defineConfig({
	site: site.url,
	trailingSlash: 'always',
	redirects,
	security: {
		// A Content-Security-Policy <meta> on every page, with hashes of its inline scripts and styles
		// (Astro's, plus Starlight's inline ones: src/plugins/csp-inline-hashes.ts). Nothing loads from
		// another origin; Pagefind compiles its WebAssembly search engine, hence 'wasm-unsafe-eval'.
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"worker-src 'self'",
				"manifest-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	markdown: {
		// Sätteri is Astro 7's default; configured here only to add our plugins.
		processor: satteri({ hastPlugins: [stableHeadingIds, focusableTables] }),
		// Starlight highlights code blocks with Expressive Code (external CSS, no inline styles); Astro's own
		// Shiki pass would only add inline styles the Content-Security-Policy blocks, and a build warning saying so.
		syntaxHighlight: false,
	},
	vite: {
		build: {
			rolldownOptions: {
				// Every MDX page printed a 9-line warning about Astro's own "use astro:head-inject" directive,
				// which is harmless (withastro/astro#18087) and buried the warnings a contributor should read.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
	integrations: [
		starlight({
			title: site.name,
			description: site.tagline,
			// The site name is written beside the logo, so the image itself is decorative (empty alt).
			logo: { src: './src/assets/logo.svg', alt: '', replacesTitle: false },
			favicon: '/favicon.svg',
			social: [{ icon: 'github', label: 'Source on GitHub', href: site.repository }],
			editLink: { baseUrl: editBaseUrl },
			// Git-based "last updated" assumes src/content/docs; pages show their reviewed date instead.
			lastUpdated: false,
			customCss: ['./src/styles/theme.css', './src/styles/print.css'],
			// Starlight's Markdown transforms (heading anchor links, asides) only run on src/content/docs by default.
			markdown: { processedDirs: ['./content/docs'] },
			components: {
				Footer: './src/overrides/Footer.astro',
				Head: './src/overrides/Head.astro',
				PageTitle: './src/overrides/PageTitle.astro',
				Search: './src/overrides/Search.astro',
			},
			head: [
				{ tag: 'meta', attrs: { property: 'og:image', content: new URL('/social-card.png', site.url).href } },
				{ tag: 'meta', attrs: { property: 'og:image:alt', content: `${site.name}: ${site.tagline}` } },
				{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
			],
			sidebar,
		}),
		mdx(),
		// Both after Starlight, whose build hook writes the Pagefind index; the service worker last,
		// so it precaches the pages as the CSP step leaves them.
		cspInlineHashes(),
		serviceWorker(),
	],
});
