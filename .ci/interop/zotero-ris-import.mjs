// Imports a RIS file with Zotero's own RIS translator (RIS.js of github.com/zotero/translators, given
// by path: it is not part of opis) inside a small stand-in for the translator sandbox, turns each
// imported Zotero item into CSL variables by Zotero's schema (schema.json of
// github.com/zotero/zotero-schema: item types, base fields, CSL mappings), and compares them field by
// field with a CSL-JSON file (opis's Zotero-flavoured export of the same records).
//
//   node .ci/interop/zotero-ris-import.mjs RIS.js schema.json records.ris records-zotero.json
//
// Prints one line per difference and the totals. The stand-in provides what RIS.js calls:
// Zotero.read / Zotero.Item / getOption / getHiddenPref / debug and the Utilities it uses
// (fieldIsValidForType from the schema, cleanDOI, deepCopy, unescapeHTML, strToDate for years,
// months and days only). Zotero's own save step (which maps base fields to type fields and parses the
// date) is done here by the schema; Extra lines are not read back.
import fs from 'node:fs';
import vm from 'node:vm';

const [risJs, schemaPath, risPath, cslPath] = process.argv.slice(2);
if (!cslPath) {
  console.error('usage: node zotero-ris-import.mjs RIS.js schema.json records.ris records-zotero.json');
  process.exit(2);
}
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const typeFields = new Map();   // item type -> Map(field -> base field or itself)
for (const t of schema.itemTypes) {
  const m = new Map();
  for (const f of t.fields) {
    m.set(f.field, f.baseField || f.field);
    if (f.baseField) m.set(f.baseField, f.baseField);
  }
  typeFields.set(t.itemType, m);
}
const cslByZoteroField = new Map();   // zotero (base) field -> CSL variable
for (const [csl, zs] of Object.entries(schema.csl.fields.text)) for (const z of zs) if (!cslByZoteroField.has(z)) cslByZoteroField.set(z, csl);
const cslDateByZoteroField = new Map();
for (const [csl, z] of Object.entries(schema.csl.fields.date)) for (const f of [].concat(z)) cslDateByZoteroField.set(f, csl);
const cslNameByCreator = new Map(Object.entries(schema.csl.names));   // zotero creator type -> CSL name variable
const cslTypeByZotero = new Map();
for (const [csl, zs] of Object.entries(schema.csl.types)) for (const z of zs) if (!cslTypeByZotero.has(z)) cslTypeByZotero.set(z, csl);

const lines = fs.readFileSync(risPath, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
let at = 0;
const items = [];
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ZU = {
  fieldIsValidForType: (field, type) => typeFields.has(type) && typeFields.get(type).has(field),
  cleanDOI: (s) => { const m = /10\.\d{4,9}\/[^\s]*[^\s.,]/.exec(String(s)); return m ? m[0] : false; },
  deepCopy: (o) => JSON.parse(JSON.stringify(o)),
  unescapeHTML: (s) => String(s).replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (all, e) => e[0] === '#'
      ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (entities[e.toLowerCase()] ?? all)),
  strToDate: (s) => { const m = /(\d{4})(?:\D+(\d{1,2}))?(?:\D+(\d{1,2}))?/.exec(String(s)); return m ? { year: m[1], month: m[2] ? m[2] - 1 : undefined, day: m[3] } : {}; },
};
class Item {
  constructor(type) { this.itemType = type; this.creators = []; this.notes = []; this.tags = []; this.attachments = []; this.seeAlso = []; }
  complete() { items.push(this); }
}
const Zotero = {
  read: () => (at < lines.length ? lines[at++] : false),
  write: () => {}, getOption: () => undefined, getHiddenPref: () => undefined, debug: () => {},
  Item, Utilities: ZU, parentTranslator: undefined,
};
let code = fs.readFileSync(risJs, 'utf8');
code = code.slice(code.indexOf('\n}') + 2);   // the translator's JSON header
const sandbox = { Zotero, Z: Zotero, ZU, console, Promise };
vm.createContext(sandbox);
vm.runInContext(code, sandbox, { filename: risJs });
await vm.runInContext('doImport()', sandbox);

const digits = (s) => (String(s).match(/\d+/g) || []).map(Number).join('-');
const dateOf = (d) => !d ? undefined : d['date-parts'] ? d['date-parts'].map((p) => p.join('-')).join('-') : digits(d.raw ?? d.literal ?? '');
function zoteroToCsl(it) {
  const c = { type: cslTypeByZotero.get(it.itemType) };
  const fields = typeFields.get(it.itemType) || new Map();
  for (const [k, v] of Object.entries(it)) {
    if (typeof v !== 'string' || k === 'itemType') continue;
    const base = fields.get(k) || k;
    if (cslDateByZoteroField.has(base)) c[cslDateByZoteroField.get(base)] = digits(v);
    else if (cslByZoteroField.has(base)) c[cslByZoteroField.get(base)] = v;
  }
  for (const cr of it.creators) {
    const v = cslNameByCreator.get(cr.creatorType) || cr.creatorType;
    (c[v] ||= []).push(cr.firstName === undefined ? { literal: cr.lastName } : { family: cr.lastName, given: cr.firstName });
  }
  return c;
}
const norm = (s) => String(s).replace(/\s+/g, ' ').trim();
const names = (a) => (a || []).map((n) => n.literal ?? [n['non-dropping-particle'], n.family].filter(Boolean).join(' ') + ', ' + [n.given, n['dropping-particle']].filter(Boolean).join(' ')).join('; ');
const csl = JSON.parse(fs.readFileSync(cslPath, 'utf8'));
const fromRis = items.map(zoteroToCsl);
let equal = 0; let compared = 0; const diffs = [];
console.log(`Zotero's RIS translator read ${items.length} items; the CSL-JSON has ${csl.length}`);
for (let i = 0; i < Math.min(csl.length, fromRis.length); i++) {
  const a = csl[i]; const b = fromRis[i];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (['id', 'note', 'citation-key', 'abstract', 'accessed', 'title-short', 'container-title-short', 'source', 'keyword'].includes(k)) continue;
    let x = a[k]; let y = b[k];
    if (Array.isArray(x) || Array.isArray(y)) { x = names(x); y = names(y); }
    else if (k === 'issued' || k === 'original-date' || k === 'event-date' || k === 'submitted') { x = dateOf(a[k]); y = b[k]; }
    if ((x === undefined || x === '') && (y === undefined || y === '')) continue;
    compared++;
    if (x !== undefined && y !== undefined && norm(x) === norm(y)) equal++;
    else diffs.push(`${a.id ?? i}\t${k}\tcsl-json: ${x === undefined ? '-' : norm(x)}\tzotero-from-ris: ${y === undefined ? '-' : norm(y)}`);
  }
}
for (const d of diffs) console.log(d);
console.log(`${equal} of ${compared} fields equal`);
