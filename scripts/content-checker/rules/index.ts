import type { Rule } from '../types.ts';
import { duplicateUrl } from './duplicate-url.ts';
import { fileName } from './file-name.ts';
import { footnoteUndefined } from './footnote-undefined.ts';
import { footnoteUnused } from './footnote-unused.ts';
import { footnoteUrl } from './footnote-url.ts';
import { frontmatter } from './frontmatter.ts';
import { imageAlt } from './image-alt.ts';
import { internalLink } from './internal-link.ts';
import { noEmptySection } from './no-empty-section.ts';
import { noScript } from './no-script.ts';
import { noTodo } from './no-todo.ts';
import { recordReference } from './record-reference.ts';
import { recordSchema } from './record-schema.ts';
import { sourceUrl } from './source-url.ts';
import { syntax } from './syntax.ts';
import { termReference } from './term-reference.ts';

/** Every rule the content checker runs, in the order findings are reported. */
export const rules: Rule[] = [
	syntax,
	noTodo,
	fileName,
	duplicateUrl,
	frontmatter,
	recordSchema,
	recordReference,
	termReference,
	footnoteUndefined,
	footnoteUnused,
	footnoteUrl,
	sourceUrl,
	noScript,
	noEmptySection,
	imageAlt,
	internalLink,
];
