import { summariseCredentials, verdictText, type CredentialSummary } from './c2pa-summary.ts';

/** Largest file the checker will read: the SDK holds the whole file in memory. */
export const MAX_BYTES = 250 * 1024 * 1024;

/** The format name the SDK expects: the file's MIME type, else its extension. */
function formatOf(file: File, supported: string[]): string | undefined {
	const extension = file.name.includes('.') ? file.name.split('.').at(-1)!.toLowerCase() : '';
	return [file.type, extension].find((candidate) => candidate && supported.includes(candidate));
}

/** Build elements with text only: nothing from a file is ever parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, children: Node[] = []): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	node.append(...children);
	return node;
}

function facts(rows: [string, string | Node][]): HTMLDListElement {
	const list = el('dl');
	list.className = 'fr-c2pa-facts';
	for (const [term, value] of rows) list.append(el('dt', term), el('dd', undefined, [typeof value === 'string' ? document.createTextNode(value) : value]));
	return list;
}

function renderSummary(summary: CredentialSummary, raw: unknown): Node[] {
	const verdict = el('p', undefined, [el('strong', verdictText[summary.verdict])]);
	verdict.className = `fr-c2pa-verdict fr-c2pa-${summary.verdict}`;
	verdict.dataset.verdict = summary.verdict;
	const ai = el(
		'p',
		summary.aiDeclared
			? 'Declared AI-generated: the credentials say generative AI made all or part of this file (IPTC digital source type).'
			: summary.aiInIngredients
				? 'Made from AI-generated material: this file\'s own actions are not declared AI-generated, but the credentials of a file it was made from are.'
				: 'Not declared AI-generated: no action in the credentials uses an AI digital source type. That is what the signer stated, not proof either way.',
	);
	ai.dataset.ai = summary.aiDeclared ? 'declared' : summary.aiInIngredients ? 'ingredient' : 'none';
	const actions = el(
		'ul',
		undefined,
		summary.actions.map((a) => el('li', [a.label, a.sourceTypeLabel && ` — source: ${a.sourceTypeLabel}`, a.softwareAgent && ` (by ${a.softwareAgent})`].filter(Boolean).join(''))),
	);
	const ingredients = summary.ingredients.length
		? el('ul', undefined, summary.ingredients.map((i) => el('li', `${i.title}${i.relationship === 'parentOf' ? ' (the file this one was made from)' : i.relationship === 'componentOf' ? ' (a part placed into it)' : ''}`)))
		: 'None listed: the credentials name no earlier file this one was made from.';
	const rows: [string, string | Node][] = [
		['Made or edited with', summary.claimGenerator ?? 'not stated'],
		['Signed by', summary.signer ?? 'not stated'],
		['Signed at', summary.signedAt ? new Date(summary.signedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC' : 'no time recorded'],
		['Actions', summary.actions.length ? actions : 'none recorded'],
		['Ingredients', ingredients],
	];
	const problems = summary.failures.length
		? [el('h3', 'What the checker found'), el('ul', undefined, summary.failures.map((f) => el('li', undefined, [el('code', f.code), document.createTextNode(`: ${f.explanation}`)])))]
		: [];
	const rawBlock = el('details', undefined, [el('summary', 'Show raw manifest'), el('pre', JSON.stringify(raw, null, 2))]);
	rawBlock.className = 'fr-c2pa-raw';
	return [verdict, ai, facts(rows), ...problems, rawBlock];
}

/** Wire the form: every file is read in this page only, and the SDK is loaded on the first one. */
export function enhanceInspector(root: HTMLElement) {
	const form = root.querySelector('form')!;
	const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
	const output = root.querySelector<HTMLElement>('[data-output]')!;
	const supported: string[] = JSON.parse(root.dataset.formats ?? '[]');
	form.hidden = false;
	root.querySelector('[data-needs-js]')?.remove();

	const show = (...nodes: Node[]) => output.replaceChildren(...nodes);
	const message = (kind: string, text: string) => {
		const p = el('p', text);
		p.dataset.result = kind;
		return p;
	};

	async function check(file: File) {
		const heading = el('h2', `Result for ${file.name}`);
		heading.tabIndex = -1;
		const format = formatOf(file, supported);
		if (!format) return show(heading, message('unsupported', `This checker cannot read ${file.type || 'this kind of'} files. It reads ${root.dataset.formatNames}.`));
		if (file.size > MAX_BYTES) return show(heading, message('too-large', `This file is ${(file.size / 1024 / 1024).toFixed(0)} MB; the checker reads files up to ${MAX_BYTES / 1024 / 1024} MB, because it holds the whole file in memory.`));
		show(heading, message('reading', 'Reading the file in your browser…'));
		try {
			const { readCredentials } = await import('./c2pa-reader.ts');
			const store = await readCredentials(format, file);
			const summary = store ? summariseCredentials(store) : undefined;
			if (!store || !summary) {
				const none = message('none', 'No Content Credentials found in this file. ');
				none.append(
					'A missing credential proves nothing: most cameras and apps do not add one, and social networks, screenshots and re-encoding strip them. ',
					Object.assign(el('a', 'What provenance can and cannot show'), { href: '/ethics/provenance-and-detection/' }),
					'.',
				);
				show(heading, none);
			} else {
				show(heading, ...renderSummary(summary, store));
			}
		} catch (error) {
			show(heading, message('error', `The checker could not read this file: ${(error as Error).message}`));
		}
		heading.focus();
	}

	input.addEventListener('change', () => input.files?.[0] && check(input.files[0]));
	const zone = root.querySelector<HTMLElement>('[data-drop]')!;
	zone.addEventListener('dragover', (event) => {
		event.preventDefault();
		zone.dataset.dragging = '';
	});
	zone.addEventListener('dragleave', () => delete zone.dataset.dragging);
	zone.addEventListener('drop', (event) => {
		event.preventDefault();
		delete zone.dataset.dragging;
		const file = event.dataTransfer?.files[0];
		if (file) check(file);
	});
}
