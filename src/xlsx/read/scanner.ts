/**
 * A single-pass XML scanner for the parts of a workbook: start tags, end tags and text, in order,
 * with no tree built and no regular expression over the document. Each step looks at the text
 * once, so reading a part costs time in proportion to its size. Element names are given without
 * their namespace prefix (`<x:row>` is "row"); attributes are read from the tag on demand. Comments,
 * processing instructions and the document type are passed over; CDATA sections are text.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entities and character references back to text, in one pass; an unknown or unfinished one stays as written. */
export function decodeXml(s: string): string {
  let at = s.indexOf('&');
  if (at < 0) return s;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const semi = s.indexOf(';', at + 1);
    if (semi < 0 || semi - at > 12) {
      at = s.indexOf('&', at + 1);
      continue;
    }
    const ref = s.slice(at + 1, semi);
    let ch: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const digits = ref[1] === 'x' || ref[1] === 'X' ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/;
      if (digits.test(ref.slice(ref[1] === 'x' || ref[1] === 'X' ? 2 : 1)) && code <= 0x10ffff)
        ch = String.fromCodePoint(code);
    } else {
      ch = ENTITIES[ref];
    }
    if (ch === undefined) {
      at = s.indexOf('&', at + 1);
      continue;
    }
    out += s.slice(from, at) + ch;
    from = semi + 1;
    at = s.indexOf('&', from);
  }
  return out + s.slice(from);
}

/** A part that is not well-formed XML: the workbook is then read another way, which says it is damaged if it is. */
export class MalformedXmlError extends Error {
  constructor() {
    super('A part of the workbook is not well-formed XML.');
    this.name = 'MalformedXmlError';
  }
}

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 0;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof END;
/**
 * The tokens as one object, for a module to take local copies of once (`const { OPEN } = TOKENS`):
 * an imported binding compiled to CommonJS is a property read through a getter at every use, and
 * the scanning loops compare tokens at every tag.
 */
export const TOKENS = { OPEN, CLOSE, TEXT, END } as const;

/** Line ends as an XML processor passes them on: CR LF, and a CR alone, become LF (a "&#13;" stays a CR). */
const newlines = (s: string) => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);

/** Text as written (not in a CDATA section) as XML reads it: line ends as in {@link newlines}, entities decoded. */
export const textAsRead = (raw: string) => decodeXml(newlines(raw));

/** An attribute value as XML reads it: literal line ends and tabs are spaces, then entities decoded. */
const attrValue = (raw: string) => decodeXml(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n?|[\t\n]/g, ' ') : raw);

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * A cursor over an XML document. `next()` moves to the next start tag, end tag or run of text and
 * says which; `name`, `selfClosing`, `attr()` describe a tag, `text()` a run of text. A self-closing
 * tag is reported as a start tag with `selfClosing` set and no end tag after it.
 */
export class XmlScanner {
  private at = 0;
  /** Local name (prefix removed) of the tag just read. */
  name = '';
  /** The tag just read ends "/>". */
  selfClosing = false;
  private attrFrom = 0;
  private attrTo = 0;
  private textFrom = 0;
  private textTo = 0;
  private cdata: string | null = null;
  /** Where the qualified names of the elements open at this point start in the text, and their lengths. */
  private openAt: number[] = [];
  private openLength: number[] = [];
  private depth = 0;
  /** The document is not well-formed: an end tag that closes no open element, a tag left unfinished, an element left open. */
  malformed = false;

  constructor(private readonly xml: string) {
    if (xml.charCodeAt(0) === 0xfeff) this.at = 1;
  }

  next(): Token {
    const xml = this.xml;
    for (;;) {
      const start = this.at;
      if (start >= xml.length) {
        if (this.depth) this.malformed = true;
        return END;
      }
      if (xml.charCodeAt(start) !== 60 /* < */) {
        let lt = xml.indexOf('<', start);
        if (lt < 0) lt = xml.length;
        this.at = lt;
        this.textFrom = start;
        this.textTo = lt;
        this.cdata = null;
        return TEXT;
      }
      const c1 = xml.charCodeAt(start + 1);
      if (c1 === 33 /* ! */) {
        if (xml.startsWith('<!--', start)) {
          const end = xml.indexOf('-->', start + 4);
          this.at = end < 0 ? xml.length : end + 3;
          continue;
        }
        if (xml.startsWith('<![CDATA[', start)) {
          const end = xml.indexOf(']]>', start + 9);
          const stop = end < 0 ? xml.length : end;
          this.at = end < 0 ? xml.length : end + 3;
          this.cdata = xml.slice(start + 9, stop);
          return TEXT;
        }
        this.at = this.skipDeclaration(start);
        continue;
      }
      if (c1 === 63 /* ? */) {
        const end = xml.indexOf('?>', start + 2);
        this.at = end < 0 ? xml.length : end + 2;
        continue;
      }
      const closing = c1 === 47; /* / */
      let i = closing ? start + 2 : start + 1;
      const qnameFrom = i;
      let nameFrom = i;
      while (i < xml.length) {
        const c = xml.charCodeAt(i);
        if (isSpace(c) || c === 47 || c === 62) break;
        if (c === 58 /* : */) nameFrom = i + 1;
        i++;
      }
      this.name = xml.slice(nameFrom, i);
      // The end of the tag: the first '>' outside a quoted attribute value.
      let quote = 0;
      let j = i;
      for (; j < xml.length; j++) {
        const c = xml.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62) break;
      }
      this.at = j + 1;
      if (j >= xml.length) this.malformed = true;
      if (closing) {
        if (!this.closes(qnameFrom, i - qnameFrom)) this.malformed = true;
        return CLOSE;
      }
      this.selfClosing = xml.charCodeAt(j - 1) === 47;
      if (!this.selfClosing) {
        this.openAt[this.depth] = qnameFrom;
        this.openLength[this.depth++] = i - qnameFrom;
      }
      this.attrFrom = i;
      this.attrTo = this.selfClosing ? j - 1 : j;
      return OPEN;
    }
  }

  /** Whether the end tag's name (at `from`, `length` long) is that of the innermost open element, which it then closes. */
  private closes(from: number, length: number): boolean {
    if (this.depth === 0) return false;
    const at = this.openAt[--this.depth];
    if (this.openLength[this.depth] !== length) return false;
    const xml = this.xml;
    for (let k = 0; k < length; k++) if (xml.charCodeAt(at + k) !== xml.charCodeAt(from + k)) return false;
    return true;
  }

  /** Throws {@link MalformedXmlError} when the document read so far was not well-formed (call it at the end). */
  checkWellFormed(): void {
    if (this.malformed) throw new MalformedXmlError();
  }

  /** Past a `<!DOCTYPE …>` (with an internal subset in brackets) or other declaration. */
  private skipDeclaration(start: number): number {
    const xml = this.xml;
    let depth = 0;
    for (let i = start + 2; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c === 91) depth++;
      else if (c === 93) depth--;
      else if (c === 62 && depth <= 0) return i + 1;
    }
    return xml.length;
  }

  /** The text just read, line ends as XML reads them (CR LF and a lone CR are LF) and entities decoded. */
  text(): string {
    if (this.cdata !== null) return newlines(this.cdata);
    return textAsRead(this.xml.slice(this.textFrom, this.textTo));
  }

  /**
   * The value of the current start tag's attribute named `qname` as written (with its prefix, if
   * any: "r", "xml:space", "r:id"), decoded; null when it has none.
   */
  attr(qname: string): string | null {
    const xml = this.xml;
    let i = this.attrFrom;
    const to = this.attrTo;
    while (i < to) {
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      const nameFrom = i;
      while (i < to) {
        const c = xml.charCodeAt(i);
        if (c === 61 /* = */ || isSpace(c)) break;
        i++;
      }
      const nameTo = i;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 61) {
        if (nameTo === nameFrom) i++;
        continue;
      }
      i++;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      const q = xml.charCodeAt(i);
      if (q !== 34 && q !== 39) return null;
      const end = xml.indexOf(q === 34 ? '"' : "'", i + 1);
      if (end < 0) return null;
      if (nameTo - nameFrom === qname.length && xml.startsWith(qname, nameFrom))
        return attrValue(xml.slice(i + 1, end));
      i = end + 1;
    }
    return null;
  }

  /**
   * The values of the current start tag's attributes named in `names` (qualified names as written),
   * into `out` at the same indexes (null for those it has not): one pass over the tag, however many are asked for.
   */
  attrsInto(names: readonly string[], out: (string | null)[]): void {
    for (let k = 0; k < names.length; k++) out[k] = null;
    const xml = this.xml;
    let i = this.attrFrom;
    const to = this.attrTo;
    while (i < to) {
      const eq = xml.indexOf('=', i);
      if (eq < 0 || eq >= to) return;
      let nameFrom = i;
      while (nameFrom < eq && isSpace(xml.charCodeAt(nameFrom))) nameFrom++;
      let nameTo = eq;
      while (nameTo > nameFrom && isSpace(xml.charCodeAt(nameTo - 1))) nameTo--;
      let v = eq + 1;
      while (v < to && isSpace(xml.charCodeAt(v))) v++;
      const q = xml.charCodeAt(v);
      if (q !== 34 && q !== 39) return;
      const end = xml.indexOf(q === 34 ? '"' : "'", v + 1);
      if (end < 0 || end >= to) return;
      for (let k = 0; k < names.length; k++) {
        const name = names[k];
        if (name.length === nameTo - nameFrom && xml.startsWith(name, nameFrom)) {
          out[k] = attrValue(xml.slice(v + 1, end));
          break;
        }
      }
      i = end + 1;
    }
  }

  /** Every attribute of the current start tag, as written: [qualified name, decoded value]. */
  attrs(): [string, string][] {
    const out: [string, string][] = [];
    const xml = this.xml;
    let i = this.attrFrom;
    const to = this.attrTo;
    while (i < to) {
      const eq = xml.indexOf('=', i);
      if (eq < 0 || eq >= to) break;
      const name = xml.slice(i, eq).trim();
      let v = eq + 1;
      while (v < to && isSpace(xml.charCodeAt(v))) v++;
      const q = xml[v];
      const end = q === '"' || q === "'" ? xml.indexOf(q, v + 1) : -1;
      if (end < 0 || end >= to) break;
      out.push([name, attrValue(xml.slice(v + 1, end))]);
      i = end + 1;
    }
    return out;
  }

  /** The prefixes the current start tag declares for `uris` ("r" for xmlns:r="…"). */
  prefixesFor(uris: readonly string[]): string[] {
    const out: string[] = [];
    for (const [name, value] of this.attrs())
      if (name.startsWith('xmlns:') && uris.includes(value)) out.push(name.slice(6));
    return out;
  }

  /**
   * The sticky regular expression `re` matched where the scanner is, the scanner moved past the
   * match; null, and the scanner not moved, when it does not match there. What it matches must be
   * whole elements, each closed, as the scanner would have passed over them.
   */
  match(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.at;
    const m = re.exec(this.xml);
    if (m) this.at = re.lastIndex;
    return m;
  }

  /** The text of the current start tag's element up to its end tag, nested tags left out; '' for a self-closing tag. */
  elementText(): string {
    if (this.selfClosing) return '';
    let depth = 1;
    let out = '';
    for (let t = this.next(); t !== END; t = this.next()) {
      if (t === TEXT) out += this.text();
      else if (t === OPEN) {
        if (!this.selfClosing) depth++;
      } else if (--depth === 0) break;
    }
    return out;
  }

  /** Past the end tag of the current start tag's element (nothing to do for a self-closing one). */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    for (let t = this.next(); t !== END; t = this.next()) {
      if (t === OPEN) {
        if (!this.selfClosing) depth++;
      } else if (t === CLOSE && --depth === 0) return;
    }
  }
}
