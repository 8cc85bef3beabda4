// citeproc-js on CSL-JSON items: a chicago-author-date bibliography, ROUNDS times in one process
// (a new engine each round), printing each round's time and the median of rounds 2.. (round 1 warms
// up), as SideBySide does for opis. Styles/locales from the interop harness's cache.
// Usage: node format-citeproc-js.mjs ITEMS.json [ROUNDS] [STYLE]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

const home = process.env.INTEROP_HOME || join(homedir(), '.cache', 'interop-harness');
const require = createRequire(join(home, 'package.json'));
const CSL = require('citeproc');
const [itemsPath, roundsArg, styleArg] = process.argv.slice(2);
const rounds = Number(roundsArg || 3);
const style = readFileSync(join(home, 'csl', 'styles', (styleArg || 'chicago-author-date') + '.csl'), 'utf8');
const items = JSON.parse(readFileSync(itemsPath, 'utf8'));
const byId = new Map(items.map(i => [String(i.id), i]));
const sys = {
  retrieveLocale: lang => { try { return readFileSync(join(home, 'csl', 'locales', `locales-${lang}.xml`), 'utf8'); } catch { return false; } },
  retrieveItem: id => byId.get(String(id)),
};
const times = [];
const cpus = [];
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const engine = new CSL.Engine(sys, style);
  engine.updateItems([...byId.keys()]);
  const [, entries] = engine.makeBibliography();
  const s = (performance.now() - t0) / 1000;
  const cu = process.cpuUsage(c0);
  const c = (cu.user + cu.system) / 1e6;
  times.push(s);
  cpus.push(c);
  console.log(`round ${r + 1}: citeproc-js ${items.length} items -> ${entries.length} entries in ${s.toFixed(3)} s (cpu ${c.toFixed(3)} s)`);
}
const median = all => {
  const rest = (all.length > 1 ? all.slice(1) : all.slice()).sort((a, b) => a - b);
  return rest.length % 2 ? rest[(rest.length - 1) / 2] : (rest[rest.length / 2 - 1] + rest[rest.length / 2]) / 2;
};
console.log(`median (rounds 2..): citeproc-js ${median(times).toFixed(3)} s wall, ${median(cpus).toFixed(3)} s cpu`);
