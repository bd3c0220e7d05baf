/** The web app manifest, built from the site's identity so the installed app's name never drifts. */
import type { APIRoute } from 'astro';
import { site } from '../site.ts';

const { themeColours } = site;

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			{
				name: `${site.name} — a field guide to generative video`,
				short_name: site.name,
				description: `${site.tagline}. Reads and searches offline once opened.`,
				start_url: '/',
				scope: '/',
				display: 'standalone',
				background_color: themeColours.background,
				theme_color: themeColours.dark,
				icons: [
					{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
					{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
				],
			},
			null,
			2,
		),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
