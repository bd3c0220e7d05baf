/** "What's new" as an RSS feed, from the same page changes as /about/changes/. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { allChanges, feedOptions } from '../data/changes.ts';

export const GET: APIRoute = async () => rss(feedOptions(allChanges(await getCollection('docs'))));
