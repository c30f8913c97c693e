/**
 * The styles part as the grid needs it: each cell format's (`xf` in `cellXfs`) number format code,
 * from the part's own formats or the built-in ones, and whether it shows a date.
 */
import { XmlScanner, TOKENS } from './scanner';

const { CLOSE, END, OPEN } = TOKENS;

/** The built-in number formats exceljs knows by id (the locale-dependent ones, 27–36 and 50–81, it leaves out). */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Whether a format code shows a date or time: a date part outside quotes and brackets (exceljs's test). */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A cell format: its number format (null for General or none) and whether that shows dates. */
export interface CellStyle {
  readonly format: string | null;
  readonly date: boolean;
}

const PLAIN: CellStyle = { format: null, date: false };

/**
 * The cell formats of a styles part, by index. The format code is as written: exceljs drops the
 * backslashes of escaped characters ("0.0\%" read as "0.0%"), which changes what the format means
 * (a literal per cent sign is not a percentage), so this does not.
 */
export function readStyles(xml: string): CellStyle[] {
  const custom = new Map<number, string>();
  const out: CellStyle[] = [];
  const s = new XmlScanner(xml);
  let where = '';
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === CLOSE) {
      if (s.name === where) where = '';
      continue;
    }
    if (t !== OPEN) continue;
    if (!where && (s.name === 'numFmts' || s.name === 'cellXfs')) {
      if (!s.selfClosing) where = s.name;
    } else if (where === 'numFmts' && s.name === 'numFmt') {
      const id = parseInt(s.attr('numFmtId') ?? '', 10);
      const code = s.attr('formatCode');
      if (code !== null) custom.set(id, code);
    } else if (where === 'cellXfs' && s.name === 'xf') {
      const id = parseInt(s.attr('numFmtId') ?? '', 10);
      const code = id ? (custom.get(id) ?? BUILT_IN[id]) : undefined;
      out.push(
        code === undefined
          ? PLAIN
          : {
              format: code.toLowerCase() === 'general' ? null : code,
              date: isDateFormat(code.replace(/\\(.)/g, '$1')),
            },
      );
      if (!s.selfClosing) s.skipElement();
    } else if (where === '' && s.name !== 'styleSheet') {
      // Fonts, fills, borders, named styles, differential formats: nothing the grid needs.
      s.skipElement();
    }
  }
  s.checkWellFormed();
  return out;
}
