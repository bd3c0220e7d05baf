/**
 * Next to each heading's anchor link (Starlight's, which works without JavaScript), a
 * button that copies the section's full address, for course pages and citations.
 */
for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.sl-markdown-content .sl-anchor-link')) {
	const heading = anchor.parentElement?.querySelector('h2, h3, h4, h5, h6');
	if (!heading) continue;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'fr-copy-link';
	button.textContent = 'Copy link';
	button.setAttribute('aria-label', `Copy link to section: ${heading.textContent?.trim()}`);
	button.addEventListener('click', async () => {
		const url = new URL(anchor.getAttribute('href')!, location.href);
		url.search = '';
		try {
			await navigator.clipboard.writeText(url.href);
			button.textContent = 'Copied';
		} catch {
			button.textContent = 'Press Ctrl+C';
			window.prompt('Copy this link to the section:', url.href);
		}
		setTimeout(() => (button.textContent = 'Copy link'), 2000);
	});
	anchor.after(button);
}
