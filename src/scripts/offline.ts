/**
 * Offline support on every page: registers the service worker, says when the reader is
 * offline, and offers a new build with a "Reload" button instead of switching mid-page.
 */

function notice(id: string, message: string, action?: { label: string; onClick: () => void }) {
	let box = document.getElementById(id);
	if (!box) {
		box = document.createElement('div');
		box.id = id;
		box.className = 'fr-notice';
		box.setAttribute('role', 'status');
		document.body.append(box);
	}
	box.replaceChildren(document.createTextNode(message));
	if (action) {
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = action.label;
		button.addEventListener('click', action.onClick);
		box.append(' ', button);
	}
	return box;
}

function showConnectionState() {
	const existing = document.getElementById('fr-offline');
	if (navigator.onLine) existing?.remove();
	else notice('fr-offline', 'You are offline. Pages saved on this device and search still work.');
}

async function registerServiceWorker() {
	const hadController = Boolean(navigator.serviceWorker.controller);
	const registration = await navigator.serviceWorker.register('/sw.js');
	const offerUpdate = (worker: ServiceWorker) =>
		notice('fr-update', 'A new version of this guide is available.', {
			label: 'Reload',
			onClick: () => worker.postMessage({ type: 'SKIP_WAITING' }),
		});
	if (registration.waiting && hadController) offerUpdate(registration.waiting);
	registration.addEventListener('updatefound', () => {
		const worker = registration.installing;
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
		});
	});
	// The new worker took over after "Reload": load the page again, all from the new build.
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (!hadController || reloading) return;
		reloading = true;
		location.reload();
	});
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	window.addEventListener('load', () => void registerServiceWorker());
}
window.addEventListener('online', showConnectionState);
window.addEventListener('offline', showConnectionState);
showConnectionState();
