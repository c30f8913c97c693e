/**
 * Adding the styles an annotated copy needs to a workbook's styles part, as text: the fills and
 * fonts of the RAG rules (differential formats), the label cells' look, and the Narrative sheet's
 * fonts. A style already in the part, written identically, is used again rather than added: a
 * copy annotated again does not grow.
 */
import { type CellLook, FONT, FONT_SIZE, type LookName, LOOKS } from '../../core';
import { attr, elementEnd, escapeAttr, firstTag, withAttr } from './xml';

/** The collections edited, each with its child element's name. */
const CHILD = { fonts: 'font', fills: 'fill', cellXfs: 'xf', dxfs: 'dxf' } as const;
type Collection = keyof typeof CHILD;

/** What may follow `dxfs` in a style sheet, where it is added when the part has none. */
const AFTER_DXFS = ['tableStyles', 'colors', 'extLst'];

/** What a style sheet needs and some writers leave out, in the file format's order, with the first entry every workbook has. */
const REQUIRED: readonly [string, string, readonly string[]][] = [
  [
    'fonts',
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>',
    ['fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  ],
  [
    'fills',
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
    ['borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  ],
  [
    'borders',
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
    ['cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  ],
  [
    'cellXfs',
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs>',
    ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  ],
];

/**
 * A minimal style sheet made whole: the fonts, fills, borders and cell formats it lacks added with
 * the defaults Excel itself writes (a collection present but empty is given its first entry). Null
 * when the part is not a style sheet at all.
 */
function withDefaults(text: string): string | null {
  let xml = text;
  if (firstTag(xml, ['styleSheet']) < 0) return null;
  if (/<styleSheet\b[^>]*\/>/.test(xml)) xml = xml.replace(/<styleSheet\b([^>]*)\/>/, '<styleSheet$1></styleSheet>');
  for (const [name, whole, after] of REQUIRED) {
    const at = firstTag(xml, [name]);
    if (at >= 0) {
      const end = elementEnd(xml, at, name);
      if (end < 0) return null;
      if (!new RegExp(`<${CHILD_OF[name]}[\\s/>]`).test(xml.slice(at, end)))
        xml = xml.slice(0, at) + whole + xml.slice(end);
      continue;
    }
    let where = firstTag(xml, after);
    if (where < 0) where = xml.lastIndexOf('</');
    xml = xml.slice(0, where) + whole + xml.slice(where);
  }
  return xml;
}

const CHILD_OF: Record<string, string> = { fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };

/** A style collection: its children as written, and those this run adds after them. */
interface Parsed {
  readonly children: string[];
  readonly added: string[];
}

export class StylesXml {
  private readonly lists = new Map<Collection, Parsed>();
  private readonly labelXfs = new Map<string, string>();
  private readonly looks = new Map<LookName, string>();

  private constructor(
    private readonly xml: string,
    private readonly original: string,
  ) {}

  /** The editor for a styles part, or null when the part lacks what every Excel-saved one has (fonts, fills, borders, cell formats). */
  static parse(text: string): StylesXml | null {
    const xml = withDefaults(text);
    if (xml === null) return null;
    const styles = new StylesXml(xml, text);
    for (const name of ['fonts', 'fills', 'cellXfs', 'dxfs'] as const) {
      const children = styles.children(name);
      if (children === null) {
        if (name !== 'dxfs') return null;
        styles.lists.set(name, { children: [], added: [] });
      } else {
        styles.lists.set(name, { children, added: [] });
      }
    }
    return styles;
  }

  /** The children of a collection as written, or null when the part has no such collection. */
  private children(name: Collection): string[] | null {
    const start = firstTag(this.xml, [name]);
    if (start < 0) return null;
    const end = elementEnd(this.xml, start, name);
    if (end < 0) return null;
    const child = CHILD[name];
    const out: string[] = [];
    const inner = this.xml.slice(this.xml.indexOf('>', start) + 1, end);
    const re = new RegExp(`<${child}[\\s/>]`, 'g');
    for (let m = re.exec(inner); m; m = re.exec(inner)) {
      const stop = elementEnd(inner, m.index, child);
      if (stop < 0) return null;
      out.push(inner.slice(m.index, stop));
      re.lastIndex = stop;
    }
    return out;
  }

  /** The index of `element` in a collection: the existing one written the same, or a new one. */
  private index(name: Collection, element: string): number {
    const list = this.lists.get(name)!;
    const at = list.children.indexOf(element);
    if (at >= 0) return at;
    const added = list.added.indexOf(element);
    if (added >= 0) return list.children.length + added;
    list.added.push(element);
    return list.children.length + list.added.length - 1;
  }

  /** The differential format of a RAG rule: a solid fill and a font colour (ARGB). */
  dxf(fill: string, font: string): number {
    const f = escapeAttr(fill);
    return this.index(
      'dxfs',
      `<dxf><font><color rgb="${escapeAttr(font)}"/></font><fill><patternFill patternType="solid"><fgColor rgb="${f}"/><bgColor rgb="${f}"/></patternFill></fill></dxf>`,
    );
  }

  /**
   * The cell format of a label beside a cell of format `s`: the same look without its number format
   * (a label is words). `s` itself when it has none.
   */
  labelStyle(s: string): string {
    const known = this.labelXfs.get(s);
    if (known !== undefined) return known;
    const xfs = this.lists.get('cellXfs')!.children;
    const xf = xfs[Number(s)];
    let out = s;
    if (xf !== undefined && (attr(xf, 'numFmtId') ?? '0') !== '0') {
      const tagEnd = xf.indexOf('>');
      const selfClosing = xf[tagEnd - 1] === '/';
      const tag = xf.slice(0, selfClosing ? tagEnd - 1 : tagEnd);
      const plain = withAttr(withAttr(`${tag}>`, 'numFmtId', '0'), 'applyNumberFormat', null);
      out = String(this.index('cellXfs', selfClosing ? `${plain.slice(0, -1)}/>` : plain + xf.slice(tagEnd + 1)));
    } else if (xf === undefined) {
      out = '0';
    }
    this.labelXfs.set(s, out);
    return out;
  }

  /**
   * The cell format of a plain number (the Narrative sheet's counts): none when the first cell format
   * (which a cell without one has, ECMA-376 Part 1 §18.3.1.4) has no number format, as in nearly every
   * workbook; else that format without its number format, as a label has, so that a count is not shown
   * as a date or a percentage.
   */
  plainNumber(): string | null {
    const s = this.labelStyle('0');
    return s === '0' ? null : s;
  }

  /** The cell format of one of the Narrative sheet's looks. */
  look(name: LookName): string {
    const known = this.looks.get(name);
    if (known !== undefined) return known;
    const look: CellLook = LOOKS[name];
    const f = look.font;
    const font = `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.underline ? '<u/>' : ''}<sz val="${f.size ?? FONT_SIZE}"/>${f.argb ? `<color rgb="${f.argb}"/>` : ''}<name val="${FONT}"/><family val="2"/></font>`;
    const fontId = this.index('fonts', font);
    const fillId = look.fill
      ? this.index(
          'fills',
          `<fill><patternFill patternType="solid"><fgColor rgb="${look.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const alignment = look.wrap ? '<alignment vertical="top" wrapText="1"/>' : '<alignment vertical="top"/>';
    const xf = `<xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0" applyFont="1"${look.fill ? ' applyFill="1"' : ''} applyAlignment="1">${alignment}</xf>`;
    const id = String(this.index('cellXfs', xf));
    this.looks.set(name, id);
    return id;
  }

  /** Whether anything was added (or the part made whole). */
  get changed(): boolean {
    return this.xml !== this.original || [...this.lists.values()].some((l) => l.added.length > 0);
  }

  /** The part with what was added, counts brought up to date. */
  toString(): string {
    let xml = this.xml;
    for (const name of ['fonts', 'fills', 'cellXfs', 'dxfs'] as const) {
      const list = this.lists.get(name)!;
      if (!list.added.length) continue;
      const count = String(list.children.length + list.added.length);
      const start = firstTag(xml, [name]);
      if (start < 0) {
        // Only dxfs can be missing: it goes before what follows it, else at the end.
        const at = firstTag(xml, AFTER_DXFS);
        const where = at >= 0 ? at : xml.lastIndexOf('</');
        xml = `${xml.slice(0, where)}<dxfs count="${count}">${list.added.join('')}</dxfs>${xml.slice(where)}`;
        continue;
      }
      const tagEnd = xml.indexOf('>', start);
      const selfClosing = xml[tagEnd - 1] === '/';
      if (selfClosing) {
        const tag = withAttr(xml.slice(start, tagEnd - 1) + '>', 'count', count);
        xml = `${xml.slice(0, start)}${tag}${list.added.join('')}</${name}>${xml.slice(tagEnd + 1)}`;
      } else {
        const end = elementEnd(xml, start, name) - `</${name}>`.length;
        const tag = withAttr(xml.slice(start, tagEnd + 1), 'count', count);
        xml = `${xml.slice(0, start)}${tag}${xml.slice(tagEnd + 1, end)}${list.added.join('')}${xml.slice(end)}`;
      }
    }
    return xml;
  }
}
