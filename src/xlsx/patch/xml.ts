/**
 * Just enough XML for editing the parts of an .xlsx file in place: escaping, and reading or
 * setting one attribute of a start tag. The parts are edited as text, so that everything not
 * touched stays exactly as the application that saved it wrote it.
 */

/** Characters XML 1.0 does not allow, which the file format spells "_xHHHH_". */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const hex = (ch: string) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** Text content: `&`, `<` and `>` escaped. */
export function escapeText(s: string): string {
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
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
  );
}

/** The value of attribute `name` in a start tag, unescaped, or null. */
export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : null;
}

/** The start tag with attribute `name` set to `value` (added before the tag's end when absent), or removed when `value` is null. */
export function withAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
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
