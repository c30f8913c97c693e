/**
 * Real workbooks in the tests: an indicator table added to one by editing its first worksheet's
 * XML only (every other part kept byte for byte), and the checks a copy of one must pass — its XML
 * well-formed and, where the input's is, valid against the SpreadsheetML schemas; its content
 * types, relationships, defined names and document properties consistent with its sheets.
 */
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import {
  assembleZip,
  endRecord,
  keptEntry,
  packedEntry,
  partBytes,
  readZip,
  type ZipEntry,
} from '../../src/xlsx/zipParts';

const { DOMParser, XMLSerializer } = new JSDOM('').window;

const REL = /\/relationships\/officeDocument$/;

/** Every part of a package, uncompressed, by name. */
export async function partsOf(bytes: Buffer): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const part of readZip(bytes)!) out.set(part.name, (await partBytes(part))!);
  return out;
}

/** Every part as stored (still compressed), by name. */
export function storedParts(bytes: Buffer): Map<string, Buffer> {
  return new Map(readZip(bytes)!.map((p) => [p.name, p.data]));
}

/** The part a relationship's target names, from the folder of the part that holds it. */
export function resolvePart(dir: string, target: string): string {
  const segments = target.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const s of target.replace(/^\//, '').split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

export const relsPath = (part: string) => {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

/** The relationships of a rels part: id, type, target and whether external. */
export function relationships(xml: string): { id: string; type: string; target: string; external: boolean }[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return [...doc.getElementsByTagNameNS('*', 'Relationship')].map((r) => ({
    id: r.getAttribute('Id') ?? '',
    type: r.getAttribute('Type') ?? '',
    target: r.getAttribute('Target') ?? '',
    external: r.getAttribute('TargetMode') === 'External',
  }));
}

/** Finds a part by name as the package does: without regard to case. */
function findPart(parts: Map<string, Buffer>, name: string): string | undefined {
  if (parts.has(name)) return name;
  return [...parts.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
}

/** The workbook part and its worksheets (name, part) in order. */
export function workbookSheets(parts: Map<string, Buffer>): {
  book: string;
  sheets: { name: string; part: string | null; type: string; veryHidden: boolean }[];
} {
  const root = relationships(parts.get('_rels/.rels')!.toString('utf8'));
  const book = findPart(parts, resolvePart('', root.find((r) => REL.test(r.type))!.target))!;
  const dir = book.slice(0, Math.max(0, book.lastIndexOf('/')));
  const relsName = findPart(parts, relsPath(book));
  const rels = relsName ? relationships(parts.get(relsName)!.toString('utf8')) : [];
  const doc = new DOMParser().parseFromString(parts.get(book)!.toString('utf8'), 'application/xml');
  const sheets = [...doc.getElementsByTagNameNS('*', 'sheet')].map((s) => {
    const idAttr = [...s.attributes].find((a) => a.localName === 'id');
    const rel = rels.find((r) => r.id === idAttr?.value);
    return {
      name: s.getAttribute('name') ?? '',
      part: rel && !rel.external ? (findPart(parts, resolvePart(dir, rel.target)) ?? null) : null,
      type: rel?.type ?? '',
      veryHidden: s.getAttribute('state') === 'veryHidden',
    };
  });
  return { book, sheets };
}

/** The indicator table added, by hand: what each indicator should be rated in Q2 2021/22. */
export const ADDED_TABLE = [
  {
    name: 'Percentage of assessments completed within 45 working days',
    polarity: 'Higher',
    target: 85,
    q1: 80,
    q2: 88,
    rag: 'green',
  },
  { name: 'Number of complaints upheld', polarity: 'Lower', target: 20, q1: 22, q2: 25, rag: 'red' },
  { name: 'Percentage of visits within timescale', polarity: 'Higher', target: 90, q1: 86, q2: 87, rag: 'amber' },
  { name: 'Average days to close a case', polarity: 'Lower', target: 30, q1: 31, q2: 28, rag: 'green' },
] as const;

const HEADER = ['Indicator', 'Good is', 'Target', 'Q1 2021/22', 'Q2 2021/22'];
const COLS = 'ABCDE';

/**
 * The style the added cells are given: none (the first cell format, as a cell without one has)
 * when that format is General, as in nearly every workbook; else the first cell format that is
 * General, as an officer typing figures into such a workbook would set them to (a workbook whose
 * first format is a date, as one of ClosedXML's is, shows every number typed into it as a date).
 */
function generalStyle(parts: Map<string, Buffer>, book: string): string | null {
  const dir = book.slice(0, Math.max(0, book.lastIndexOf('/')));
  const rel = relationships(parts.get(findPart(parts, relsPath(book)) ?? '')?.toString('utf8') ?? '').find((r) =>
    /\/styles$/.test(r.type),
  );
  const part = rel && findPart(parts, resolvePart(dir, rel.target));
  if (!part) return null;
  const doc = new DOMParser().parseFromString(parts.get(part)!.toString('utf8'), 'application/xml');
  const codes = new Map(
    [...doc.getElementsByTagNameNS('*', 'numFmt')].map((f) => [
      f.getAttribute('numFmtId'),
      f.getAttribute('formatCode'),
    ]),
  );
  const xfs = [...(doc.getElementsByTagNameNS('*', 'cellXfs')[0]?.children ?? [])].filter((x) => x.localName === 'xf');
  const general = (xf: Element) => {
    const id = xf.getAttribute('numFmtId') ?? '0';
    return id === '0' || codes.get(id)?.toLowerCase() === 'general';
  };
  if (!xfs.length || general(xfs[0])) return null;
  const i = xfs.findIndex(general);
  if (i < 0) throw new Error(`no cell format in ${part} is General`);
  return String(i);
}

/**
 * The workbook with {@link ADDED_TABLE} written below everything on its first worksheet, two
 * blank rows after the last row it has: only that sheet's XML is changed, and only inside its
 * sheet data. Returns the bytes and the sheet's name and the header's row (one-based).
 */
export async function addIndicatorTable(bytes: Buffer): Promise<{ bytes: Buffer; sheet: string; headerRow: number }> {
  const stored = readZip(bytes)!;
  const parts = await partsOf(bytes);
  const { book, sheets } = workbookSheets(parts);
  const target = sheets.find((s) => s.part && /\/worksheet$/.test(s.type));
  if (!target) throw new Error('no worksheet');
  const style = generalStyle(parts, book);
  const s = style === null ? '' : ` s="${style}"`;
  const xml = parts.get(target.part!)!.toString('utf8');
  const p = /<(\w+:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
  // Below every row it has, and below the area its dimension, merged cells and tables claim.
  let last = 0;
  for (const m of xml.matchAll(new RegExp(`<${p}row(?=[\\s/>])([^>]*)>`, 'g'))) {
    const r = /\sr="(\d+)"/.exec(m[1]);
    last = r ? Number(r[1]) : last + 1;
  }
  for (const m of xml.matchAll(/<(?:\w+:)?(?:dimension|mergeCell)\s[^>]*?ref="[A-Z]*\$?(\d+)(?::[A-Z]*\$?(\d+))?"/g))
    last = Math.max(last, Number(m[2] ?? m[1]));
  for (const rel of relationships(parts.get(relsPath(target.part!))?.toString('utf8') ?? '')) {
    if (!/\/table$/.test(rel.type)) continue;
    const table =
      parts.get(resolvePart(target.part!.slice(0, target.part!.lastIndexOf('/')), rel.target))?.toString('utf8') ?? '';
    const ref = /\sref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(table);
    if (ref) last = Math.max(last, Number(ref[1]));
  }
  if (last + 8 > 1_048_576) throw new Error('the sheet is full to its last row');
  const top = last + 3;
  const t = (ref: string, v: string) =>
    `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t>${v}</${p}t></${p}is></${p}c>`;
  const n = (ref: string, v: number) => `<${p}c r="${ref}"${s}><${p}v>${v}</${p}v></${p}c>`;
  const rows = [`<${p}row r="${top}">${HEADER.map((h, i) => t(`${COLS[i]}${top}`, h)).join('')}</${p}row>`];
  ADDED_TABLE.forEach((ind, i) => {
    const r = top + 1 + i;
    rows.push(
      `<${p}row r="${r}">${t(`A${r}`, ind.name)}${t(`B${r}`, ind.polarity)}${n(`C${r}`, ind.target)}${n(`D${r}`, ind.q1)}${n(`E${r}`, ind.q2)}</${p}row>`,
    );
  });
  const selfClosing = new RegExp(`<${p}sheetData\\s*/>`);
  const edited = selfClosing.test(xml)
    ? xml.replace(selfClosing, `<${p}sheetData>${rows.join('')}</${p}sheetData>`)
    : xml.replace(`</${p}sheetData>`, `${rows.join('')}</${p}sheetData>`);
  const out: ZipEntry[] = [];
  for (const part of stored) {
    out.push(
      part.name === target.part
        ? await packedEntry(part.name, Buffer.from(edited, 'utf8'), part, new Date(2022, 0, 1))
        : keptEntry(part),
    );
  }
  return { bytes: assembleZip(out, endRecord(bytes)), sheet: target.name, headerRow: top };
}

/** Whether a string of XML is well-formed: null when it is, else the parser's complaint. */
export function xmlError(xml: string): string | null {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  return err ? (err.textContent ?? 'parser error').slice(0, 200) : null;
}

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * A part as a consumer that knows only the base schema reads it (Markup Compatibility): the
 * namespaces `mc:Ignorable` lists dropped, with their elements and attributes, and each
 * `mc:AlternateContent` replaced by its `mc:Fallback` (or nothing). Content of `ext` is left as
 * it is: the schema lets anything stand there.
 */
export function forSchema(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const ignorable = new Set<string>();
  const walk = (el: Element, inExt: boolean) => {
    const ign = el.getAttributeNS(MC, 'Ignorable');
    if (ign)
      for (const prefix of ign.split(/\s+/)) {
        const ns = el.lookupNamespaceURI(prefix);
        if (ns) ignorable.add(ns);
      }
    if (inExt) return;
    for (const a of [...el.attributes]) {
      if (a.namespaceURI === MC || (a.namespaceURI && ignorable.has(a.namespaceURI))) el.removeAttributeNode(a);
    }
    for (const child of [...el.children]) {
      if (child.namespaceURI === MC && child.localName === 'AlternateContent') {
        const fallback = [...child.children].find((c) => c.localName === 'Fallback');
        for (const c of fallback ? [...fallback.childNodes] : []) el.insertBefore(c, child);
        child.remove();
      } else if (child.namespaceURI && ignorable.has(child.namespaceURI)) {
        child.remove();
      }
    }
    for (const child of [...el.children]) walk(child, child.localName === 'ext');
  };
  walk(doc.documentElement, false);
  return new XMLSerializer().serializeToString(doc);
}

export const SCHEMAS = path.join(__dirname, '..', 'schemas');

/** Which schema a part's root element is checked against, if any. */
export function schemaFor(xml: string): string | null {
  const root = /<(?:\w+:)?(\w+)[\s>]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''))?.[1];
  const ns = /xmlns(?::\w+)?="([^"]+)"/.exec(xml)?.[1] ?? '';
  if (
    ['workbook', 'worksheet', 'styleSheet', 'sst', 'table', 'comments', 'calcChain'].includes(root ?? '') &&
    ns.includes('spreadsheetml/2006/main')
  )
    return 'transitional/sml.xsd';
  if (root === 'Types') return 'opc/opc-contentTypes.xsd';
  if (root === 'Relationships') return 'opc/opc-relationships.xsd';
  if (root === 'Properties' && xml.includes('officeDocument/2006/extended-properties'))
    return 'transitional/shared-documentPropertiesExtended.xsd';
  return null;
}

/** Whether xmllint is on this machine. */
export function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

/**
 * Validates parts against their schemas with xmllint, all of one schema in one run: the names of
 * the parts that fail, with xmllint's first complaint about each.
 */
export async function schemaFailures(parts: Map<string, string>): Promise<Map<string, string>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'schema-'));
  const bySchema = new Map<string, { file: string; name: string }[]>();
  let i = 0;
  for (const [name, xml] of parts) {
    const schema = schemaFor(xml);
    if (!schema) continue;
    const file = path.join(dir, `${i++}.xml`);
    await fs.writeFile(file, forSchema(xml));
    bySchema.set(schema, [...(bySchema.get(schema) ?? []), { file, name }]);
  }
  const failures = new Map<string, string>();
  for (const [schema, files] of bySchema) {
    let stderr = '';
    try {
      execFileSync('xmllint', ['--noout', '--schema', path.join(SCHEMAS, schema), ...files.map((f) => f.file)], {
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      stderr = String((e as { stderr?: Buffer }).stderr ?? '');
    }
    for (const f of files) {
      const line = stderr.split('\n').find((l) => l.startsWith(`${f.file}:`) && !l.endsWith('validates'));
      if (line || stderr.includes(`${f.file} fails to validate`))
        failures.set(f.name, (line ?? 'fails to validate').replace(`${f.file}:`, ''));
    }
  }
  await fs.rm(dir, { recursive: true, force: true });
  return failures;
}

/**
 * What is inconsistent in a package: content types for missing parts or parts without one,
 * relationships to parts that are not there, defined names local to sheets that do not exist,
 * and `docProps/app.xml` disagreeing with the sheet list. Empty when all is well.
 */
export function inconsistencies(parts: Map<string, Buffer>): string[] {
  const out: string[] = [];
  const types = new DOMParser().parseFromString(parts.get('[Content_Types].xml')!.toString('utf8'), 'application/xml');
  const overrides = new Map(
    [...types.getElementsByTagNameNS('*', 'Override')].map((o) => [
      (o.getAttribute('PartName') ?? '').replace(/^\//, '').toLowerCase(),
      o.getAttribute('ContentType'),
    ]),
  );
  const defaults = new Set(
    [...types.getElementsByTagNameNS('*', 'Default')].map((d) => (d.getAttribute('Extension') ?? '').toLowerCase()),
  );
  const lower = new Set([...parts.keys()].map((k) => k.toLowerCase()));
  for (const name of overrides.keys()) if (!lower.has(name)) out.push(`content type for missing part /${name}`);
  for (const name of parts.keys()) {
    if (name.endsWith('/') || name === '[Content_Types].xml') continue;
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.has(name.toLowerCase()) && !defaults.has(ext)) out.push(`no content type for ${name}`);
  }
  for (const [name, bytes] of parts) {
    if (!name.endsWith('.rels')) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const dir = source.slice(0, Math.max(0, source.lastIndexOf('/')));
    for (const r of relationships(bytes.toString('utf8'))) {
      if (r.external || /^[a-z]+:/i.test(r.target)) continue;
      const target = resolvePart(dir, decodeURI(r.target.split('#')[0]));
      if (target && !lower.has(target.toLowerCase())) out.push(`${name}: ${r.id} names missing part ${target}`);
    }
  }
  const { book, sheets } = workbookSheets(parts);
  const doc = new DOMParser().parseFromString(parts.get(book)!.toString('utf8'), 'application/xml');
  for (const dn of doc.getElementsByTagNameNS('*', 'definedName')) {
    const local = dn.getAttribute('localSheetId');
    if (local !== null && Number(local) >= sheets.length)
      out.push(`defined name ${dn.getAttribute('name')} is local to sheet ${local}, of ${sheets.length}`);
  }
  const appName = [...parts.keys()].find((k) => k.toLowerCase() === 'docprops/app.xml');
  if (appName) {
    const app = new DOMParser().parseFromString(parts.get(appName)!.toString('utf8'), 'application/xml');
    const titles = app.getElementsByTagNameNS('*', 'TitlesOfParts')[0];
    if (titles) {
      const listed = [...titles.getElementsByTagNameNS('*', 'lpstr')].map((e) => e.textContent ?? '');
      // Excel names every sheet there but the very hidden ones.
      const missing = sheets.filter((s) => !s.veryHidden && !listed.includes(s.name)).map((s) => s.name);
      if (missing.length) out.push(`app.xml does not list ${missing.join(', ')}`);
      const heading = app.getElementsByTagNameNS('*', 'HeadingPairs')[0];
      const variants = heading ? [...heading.getElementsByTagNameNS('*', 'variant')] : [];
      // Excel writes the worksheets first, under a heading in the user's language.
      const counted = variants.length >= 2 ? Number(variants[1].textContent) : 0;
      const sheetCount = sheets.filter((s) => /\/worksheet$/.test(s.type) && !s.veryHidden).length;
      if (heading && counted !== sheetCount)
        out.push(`app.xml counts ${counted} worksheets, the workbook has ${sheetCount}`);
    }
  }
  return out;
}
