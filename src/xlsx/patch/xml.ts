/**
 * Just enough XML for editing the parts of an .xlsx file in place: escaping, and reading or
 * setting one attribute of a start tag. The parts are edited as text, so that everything not
 * touched stays exactly as the application that saved it wrote it.
 */

/** Characters XML 1.0 does not allow, which the file format spells "_xHHHH_". */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const hex = (ch: string) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Text content: `&`, `<` and `>` escaped. */
export function escapeText(s: string): string {
  // Most text needs nothing: one test rather than four passes (this runs for every cell written).
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(FORBIDDEN, hex);
}

/** An attribute value in double quotes. */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entities and character references back to text. */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ENTITIES[e],
  );
}

const attrPatterns = new Map<string, RegExp>();

/** The pattern of attribute `name` and its value, made once per name: this runs for every cell a label goes beside. */
function attrPattern(name: string): RegExp {
  let re = attrPatterns.get(name);
  if (!re)
    attrPatterns.set(name, (re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  return re;
}

/** The value of attribute `name` in a start tag, unescaped, or null. */
export function attr(tag: string, name: string): string | null {
  const m = attrPattern(name).exec(tag);
  if (!m) return null;
  const value = m[1] ?? m[2];
  return value.includes('&') ? unescapeXml(value) : value;
}

/** The start tag with attribute `name` set to `value` (added before the tag's end when absent), or removed when `value` is null. */
export function withAttr(tag: string, name: string, value: string | null): string {
  const re = attrPattern(name);
  if (re.test(tag)) return tag.replace(re, value === null ? '' : ` ${name}="${escapeAttr(value)}"`);
  if (value === null) return tag;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeAttr(value)}"${tag.slice(end)}`;
}

/**
 * Where the first start tag of any of `names` (unprefixed) stands in `xml` at or after `from`, or -1.
 * A name matches only whole ("drawing" does not match "<drawingHF").
 */
export function firstTag(xml: string, names: readonly string[], from = 0): number {
  const re = new RegExp(`<(?:${names.join('|')})[\\s/>]`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  return m ? m.index : -1;
}

/** The element starting at `start` (a start tag there): its end index, past a self-closing tag or its end tag. Elements of the same name must not nest. */
export function elementEnd(xml: string, start: number, name: string): number {
  const tagEnd = xml.indexOf('>', start);
  if (tagEnd < 0) return -1;
  if (xml[tagEnd - 1] === '/') return tagEnd + 1;
  const close = xml.indexOf(`</${name}>`, tagEnd);
  return close < 0 ? -1 : close + name.length + 3;
}

/**
 * Where the first child of the enclosing element named one of `names` (qualified names as written)
 * starts, scanning from `from` (just inside that element) at its own depth only — an element of the
 * same name nested deeper (a custom view's page margins) does not count; -1 when there is none.
 */
export function firstChild(xml: string, names: readonly string[], from = 0): number {
  const wanted = new Set(names);
  const re =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  re.lastIndex = from;
  let depth = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[2] === undefined) continue;
    if (m[1]) {
      if (--depth < 0) return -1;
    } else {
      if (depth === 0 && wanted.has(m[2])) return m.index;
      if (!m[3]) depth++;
    }
  }
  return -1;
}
