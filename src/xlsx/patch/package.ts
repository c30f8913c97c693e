/**
 * The package around the parts of an .xlsx file: relationships, part names and the namespaces a
 * part is written in. Shared by the patch and by the reader's fallback, so that both find the
 * same workbook, sheets and styles in a file however its writer laid them out — absolute or
 * relative targets, part names in another case, namespace prefixes, Strict Open XML.
 */
import { attr } from './xml';

export const TRANSITIONAL = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
} as const;

export const STRICT = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
} as const;

export type Namespaces = typeof TRANSITIONAL | typeof STRICT;

export interface Rel {
  readonly xml: string;
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships of a rels part, as written. */
export function relsOf(xml: string): Rel[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*?(?:\/>|>\s*<\/(?:\w+:)?Relationship>)/g)].map(([x]) => ({
    xml: x,
    id: attr(x, 'Id') ?? '',
    type: attr(x, 'Type') ?? '',
    target: attr(x, 'Target') ?? '',
    external: attr(x, 'TargetMode') === 'External',
  }));
}

/** Whether a relationship is of `kind` ("worksheet", "styles"…), in either flavour of the format. */
export const isRel = (r: Rel, kind: string) =>
  r.type === `${TRANSITIONAL.rel}/${kind}` || r.type === `${STRICT.rel}/${kind}`;

/** A relationship's target as a part name: relative to `dir` ("xl"), or absolute ("/xl/…"); %-escapes decoded. */
export function resolve(dir: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // a stray "%" is a character of the name
  }
  const segments = t.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const s of t.replace(/^\//, '').split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

export const dirOf = (name: string) => name.slice(0, Math.max(0, name.lastIndexOf('/')));
export const relsPathOf = (name: string) =>
  `${dirOf(name) ? `${dirOf(name)}/` : ''}_rels/${name.slice(name.lastIndexOf('/') + 1)}.rels`;

/** A lookup of part names that ignores case, as the packaging conventions say part names compare. */
export function partNames(names: Iterable<string>): (name: string) => string | undefined {
  const exact = new Set(names);
  const folded = new Map<string, string>();
  for (const n of exact) if (!folded.has(n.toLowerCase())) folded.set(n.toLowerCase(), n);
  return (name) => (exact.has(name) ? name : folded.get(name.toLowerCase()));
}

/** Text without a byte-order mark. */
export const withoutBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** The root element's start tag: where it is and what it says. */
export function rootTag(xml: string): { start: number; end: number; tag: string; prefix: string; name: string } | null {
  const re = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?=[\s/>])/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const before = xml[m.index + 1];
    if (before === '?' || before === '!') continue;
    const end = xml.indexOf('>', m.index) + 1;
    return { start: m.index, end, tag: xml.slice(m.index, end), prefix: m[1] ? m[1].slice(0, -1) : '', name: m[2] };
  }
  return null;
}

/**
 * A SpreadsheetML part rewritten so that its own elements carry no prefix: `<x:row>` becomes
 * `<row>` with the main namespace made the default on the root. The same document to any reader
 * that follows namespaces; the edits (and exceljs) then need only look for plain names. A part
 * already written without a prefix is returned as it is. Also says which flavour (transitional or
 * Strict) the part is written in.
 */
export function unprefixed(xml: string): { xml: string; ns: Namespaces | null } {
  const text = withoutBom(xml);
  const root = rootTag(text);
  if (!root) return { xml: text, ns: null };
  const declared = (prefix: string) => attr(root.tag, prefix ? `xmlns:${prefix}` : 'xmlns');
  const uri = declared(root.prefix);
  const ns = uri === TRANSITIONAL.main ? TRANSITIONAL : uri === STRICT.main ? STRICT : null;
  if (!root.prefix || !ns) return { xml: text, ns };
  if (declared('') !== null && declared('') !== ns.main) return { xml: text, ns: null };
  const p = root.prefix.replace(/[.]/g, '\\.');
  let out = text.replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1');
  const newRoot = rootTag(out)!;
  const tag =
    declared('') === null
      ? `${newRoot.tag.slice(0, newRoot.name.length + 1)} xmlns="${ns.main}"${newRoot.tag.slice(newRoot.name.length + 1)}`
      : newRoot.tag;
  out = out.slice(0, newRoot.start) + tag + out.slice(newRoot.end);
  return { xml: out, ns };
}

/**
 * The prefix the root of `xml` binds to `uri`, declaring `preferred` (or a free variant of it) on
 * the root when none is: never a prefix assumed. Returns the part, perhaps with the new
 * declaration, and the prefix.
 */
export function declaredPrefix(xml: string, uri: string, preferred: string): { xml: string; prefix: string } {
  const root = rootTag(xml);
  if (!root) return { xml, prefix: preferred };
  for (const m of root.tag.matchAll(/\sxmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if ((m[2] ?? m[3]) === uri) return { xml, prefix: m[1] };
  }
  let prefix = preferred;
  for (let i = 1; attr(root.tag, `xmlns:${prefix}`) !== null; i++) prefix = `${preferred}${i}`;
  const tag = `${root.tag.slice(0, root.prefix.length + root.name.length + (root.prefix ? 2 : 1))} xmlns:${prefix}="${uri}"${root.tag.slice(root.prefix.length + root.name.length + (root.prefix ? 2 : 1))}`;
  return { xml: xml.slice(0, root.start) + tag + xml.slice(root.end), prefix };
}

/** The value of the attribute of `tag` whose local name is `local` and whose prefix is bound to `uri`, in `tag` itself or in `scope` (the root's start tag). */
export function nsAttr(tag: string, scope: string, local: string, uris: readonly string[]): string | null {
  for (const m of tag.matchAll(new RegExp(`\\s([\\w.-]+):${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g'))) {
    const uri = attr(tag, `xmlns:${m[1]}`) ?? attr(scope, `xmlns:${m[1]}`);
    if (uri !== null && uris.includes(uri)) return attr(tag, `${m[1]}:${local}`);
  }
  return null;
}

/** Column letters of a zero-based column. */
function letters(col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * The sheet with an address on every row and cell: the format lets a writer leave them out (the
 * next row, the next cell), and exceljs cannot read a sheet without them.
 */
export function addressed(sheet: string): string {
  if (!/<row\b(?![^>]*\sr=)/.test(sheet) && !/<c\b(?![^>]*\sr=)/.test(sheet)) return sheet;
  let row = 0;
  return sheet.replace(/<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g, (whole) => {
    const tagEnd = whole.indexOf('>') + 1;
    let tag = whole.slice(0, tagEnd);
    const r = attr(tag, 'r');
    row = r === null ? row + 1 : Number(r);
    if (r === null) tag = tag.replace(/^<row/, `<row r="${row}"`);
    let col = -1;
    const inner = whole.slice(tagEnd).replace(/<c\b[^>]*>/g, (c) => {
      const ref = attr(c, 'r');
      if (ref !== null) {
        const m = /^([A-Z]+)/i.exec(ref);
        col = m ? [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : col + 1;
        return c;
      }
      col++;
      return c.replace(/^<c/, `<c r="${letters(col)}${row}"`);
    });
    return tag + inner;
  });
}
