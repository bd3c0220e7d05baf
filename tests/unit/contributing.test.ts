import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSiteIndex, formatFinding, runRules } from '../../scripts/content-checker/check.ts';
import { parseRecord } from '../../scripts/content-checker/parse.ts';

const guide = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');

describe('CONTRIBUTING.md worked example', () => {
	it('shows a model record that passes every content rule', () => {
		const example = guide.match(/```yaml title="content\/models\/([a-z0-9-]+\.yaml)"\n([\s\S]*?)```/);
		expect(example, 'the guide has a ```yaml title="content/models/…" block').not.toBeNull();
		const [, name, yaml] = example!;
		const file = parseRecord(`content/models/${name}`, name!, yaml!, 'models');
		expect(runRules([file], buildSiteIndex([], []))).toEqual([]);
	});

	it('quotes the very message the checker prints for a wrong status', () => {
		const [, name, yaml] = guide.match(/```yaml title="content\/models\/([a-z0-9-]+\.yaml)"\n([\s\S]*?)```/)!;
		const broken = parseRecord(`content/models/${name}`, name!, yaml!.replace('status: available', 'status: beta'), 'models');
		const [finding] = runRules([broken], buildSiteIndex([], []));
		expect(finding).toBeDefined();
		expect(guide).toContain(formatFinding(finding!));
	});
});
