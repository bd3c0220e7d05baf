/**
 * Behaviour CSS cannot give a term's tooltip: Escape hides it (WCAG 1.4.13), and on a
 * touch screen the first tap shows the definition while a second tap follows the link.
 */
export function enhanceTerms(root: Document) {
	if (root.documentElement.dataset.termTips) return;
	root.documentElement.dataset.termTips = 'on';
	const terms = () => root.querySelectorAll<HTMLElement>('.fr-term');
	const closeAll = (except?: Element) => {
		for (const term of terms()) if (term !== except) delete term.dataset.open;
	};
	let lastPointer = '';
	root.addEventListener('pointerdown', (event) => {
		lastPointer = event.pointerType;
		if (!(event.target as Element).closest?.('.fr-term')) closeAll();
	});
	root.addEventListener('click', (event) => {
		const link = (event.target as Element).closest?.<HTMLAnchorElement>('.fr-term > a');
		if (!link || lastPointer !== 'touch') return;
		const term = link.parentElement!;
		if (term.dataset.open !== undefined) return;
		event.preventDefault();
		closeAll(term);
		term.dataset.open = '';
		delete term.dataset.dismissed;
	});
	root.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		for (const term of terms()) {
			if (term.matches(':hover, :focus-within') || term.dataset.open !== undefined) {
				term.dataset.dismissed = '';
				delete term.dataset.open;
			}
		}
	});
	const undismiss = (event: Event) => delete (event.currentTarget as HTMLElement).dataset.dismissed;
	for (const term of terms()) {
		term.addEventListener('mouseleave', undismiss);
		term.addEventListener('focusout', undismiss);
	}
}
