// citation-js on a .bib: parse it and write CSL-JSON to a file, timing the parse+mapping and the
// write in-process (stderr). Loads the npm packages the interop harness installed
// ($INTEROP_HOME, default ~/.cache/interop-harness). Usage: node bib-to-csl-citation-js.mjs IN.bib OUT.json
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

const home = process.env.INTEROP_HOME || join(homedir(), '.cache', 'interop-harness');
const require = createRequire(join(home, 'package.json'));
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-csl');

const [input, output] = process.argv.slice(2);
const t0 = performance.now();
const c0 = process.cpuUsage();
const text = readFileSync(input, 'utf8');
const cite = new Cite(text, { forceType: '@bibtex/text' });
const t1 = performance.now();
const cu = process.cpuUsage(c0);
const json = JSON.stringify(cite.data);
writeFileSync(output, json);
const t2 = performance.now();
console.error(`citation-js: ${cite.data.length} items; parse+map ${((t1 - t0) / 1000).toFixed(3)} s (cpu ${((cu.user + cu.system) / 1e6).toFixed(3)} s), write ${((t2 - t1) / 1000).toFixed(3)} s`);
