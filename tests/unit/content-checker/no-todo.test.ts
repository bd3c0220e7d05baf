import { describe, expect, it } from 'vitest';
import { noTodo } from '../../../scripts/content-checker/rules/no-todo.ts';
import { checkFixture } from './check-fixture.ts';

describe('no-todo', () => {
	it('passes finished text', () => {
		expect(checkFixture(noTodo, 'good.mdx')).toEqual([]);
	});
	it('points at each TODO marker', () => {
		expect(checkFixture(noTodo, 'no-todo.bad.mdx')).toEqual(['8:1 fill in this TODO before publishing']);
	});
});
