import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * A static server for a built site whose folder can be swapped while it runs, to play
 * "a new build was deployed" in the update test. Unknown paths get the site's 404 page.
 */
export async function serveStatic(root: string) {
	let current = root;
	let handler = sirv(current, { dev: true, etag: true });
	const server: Server = createServer((req, res) =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(readFileSync(join(current, '404.html')));
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}`,
		/** Serve another build from now on, as a deploy would. */
		swap(next: string) {
			current = next;
			handler = sirv(current, { dev: true, etag: true });
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
