/**
 * npm run bundle — the built site as one .zip for classrooms without internet.
 * Any static web server can serve the unzipped folder; a short README says how.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { site } from '../src/site.ts';

const dist = 'dist';
const output = 'frames-and-rights-offline.zip';
const folder = 'frames-and-rights';

const readme = `${site.name} — offline copy
${'='.repeat(site.name.length + 15)}

${site.tagline}.
Built ${new Date().toISOString().slice(0, 10)} from ${site.repository}. Text: ${site.contentLicence.name} (${site.contentLicence.url}).

To read it without internet, serve this folder with any static web server and open the address it prints,
for example, from inside this folder:

    python3 -m http.server 8000        then open http://localhost:8000/
    npx serve .                         (if Node.js is installed)

Serve the folder at the root of the address (http://host:port/, not http://host:port/some/path/), because
links start at "/". Opening index.html directly from the disk does not work: browsers block the search index
and the offline storage on file:// addresses. Once a browser has opened the site from a server, it keeps every
page and the search on that device, even when the server is gone.
`;

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

const entries: Record<string, Uint8Array> = { [`${folder}/README.txt`]: strToU8(readme) };
for (const file of filesUnder(dist)) entries[`${folder}/${relative(dist, file).split(sep).join('/')}`] = readFileSync(file);
const zip = zipSync(entries, { level: 9 });
writeFileSync(output, zip);
console.log(`✓ ${output}: ${Object.keys(entries).length} files, ${(zip.length / 1024 / 1024).toFixed(2)} MB`);
