import { getCollection } from 'astro:content';
import { buildTimeline, type TimelineEntry } from './timeline.ts';

let timeline: Promise<TimelineEntry[]> | undefined;

/** The whole timeline, built once per build from the event, case and model collections. */
export function loadTimeline(): Promise<TimelineEntry[]> {
	timeline ??= Promise.all([getCollection('events'), getCollection('cases'), getCollection('models')]).then(([events, cases, models]) =>
		buildTimeline(events, cases, models),
	);
	return timeline;
}
