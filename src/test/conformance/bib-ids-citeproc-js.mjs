// Prints, one a line, the ids of citeproc-js's bibliography entries in STYLE, in their order, leaving
// out the items whose entry renders empty. citeproc-js 1.4.61 lists such an item in makeBibliography()'s
// entry_ids but not among the entries, so the interop harness's render-citeproc-js.mjs, which pairs them
// by index, names every later entry with the id before it. diverse-corpus-expectations.sh puts these ids
// in the harness's id column. Usage: node bib-ids-citeproc-js.mjs STYLE ITEMS.json
// (STYLE: an id of the styles setup.sh installed, or a path; INTEROP_HOME as for the harness).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const home = resolve(process.env.INTEROP_HOME || join(homedir(), '.cache', 'interop-harness'));
const CSL = createRequire(join(home, 'package.json'))('citeproc');
const styles = join(home, 'csl', 'styles');
const locales = join(home, 'csl', 'locales');
const [styleArg, itemsPath] = process.argv.slice(2);
const stylePath = existsSync(styleArg) ? styleArg : join(styles, `${styleArg}.csl`);
const styleXml = readFileSync(stylePath, 'utf8');
const items = JSON.parse(readFileSync(itemsPath, 'utf8'));
const byId = new Map(items.map(i => [String(i.id), i]));
const files = readdirSync(locales);
const sys = {
  retrieveItem: id => byId.get(String(id)),
  retrieveLocale: lang => {
    for (const f of [`locales-${lang}.xml`, files.find(x => x.startsWith(`locales-${lang.split('-')[0]}-`))]) {
      if (f && existsSync(join(locales, f))) return readFileSync(join(locales, f), 'utf8');
    }
    return false;
  },
};
const engine = new CSL.Engine(sys, styleXml);
engine.setOutputFormat('text');
engine.updateItems([...byId.keys()]);
const [params, entries] = engine.makeBibliography();
for (const ids of params.entry_ids) {
  if (params.entry_ids.length !== entries.length) {
    const one = engine.makeBibliography({ include: [{ field: 'id', value: String(ids[0]) }] });
    if (!one || !one[1].length || !String(one[1][0]).replace(/<[^>]+>/g, '').trim()) continue;
  }
  console.log(String(ids[0]));
}
