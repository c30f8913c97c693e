/**
 * The shared strings part as the grid needs it: each string item's plain text, rich text runs
 * joined. Phonetic guides (`rPh`) are not part of the text. `_xHHHH_` escapes (the file format's
 * spelling of characters XML cannot hold) are decoded, as exceljs does.
 */
import type { RawValue } from '../../core';
import { textAsRead, XmlScanner, TOKENS } from './scanner';

const { CLOSE, END, OPEN, TEXT } = TOKENS;

/** `_x000D_` and the like back to the character (upper-case hex digits, as exceljs reads them). */
export function decodeEscapes(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/**
 * `s` as a string of its own, one byte a character where its characters allow. Read from the part's
 * text, an item is a slice of it, which keeps the whole part alive as long as any name is; and a part
 * with a single character beyond Latin-1 in it ("—", "’") is text of two bytes a character throughout,
 * as is every slice of it and every sentence that quotes one. At 10,000 indicators that was some
 * 8 MiB of the report. (A string with a lone surrogate, which UTF-8 cannot carry, is kept as it is.)
 */
function ownString(s: string): string {
  if (!BEYOND_LATIN1.test(s)) return Buffer.from(s, 'latin1').toString('latin1');
  return LONE_SURROGATE.test(s) ? s : Buffer.from(s, 'utf8').toString('utf8');
}
const BEYOND_LATIN1 = /[\u0100-\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A string item of plain text alone (no runs, no phonetic guide), as most are written. */
const PLAIN_ITEM = /\s*<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/y;

/**
 * Reads the plain items (see {@link PLAIN_ITEM}) that follow where the scanner is into `out`, with
 * one regular expression each rather than tag by tag; stops at anything else, for the scanner to read.
 */
function plainItems(s: XmlScanner, out: RawValue[]): void {
  for (let m = s.match(PLAIN_ITEM); m; m = s.match(PLAIN_ITEM)) out.push(ownString(decodeEscapes(textAsRead(m[1]))));
}

/**
 * Each string item's text, in order. An item with neither text nor runs reads as blank (null), as
 * exceljs gives it.
 */
export function readSharedStrings(xml: string): RawValue[] {
  const out: RawValue[] = [];
  const s = new XmlScanner(xml);
  // Inside an item: its plain text, its runs' texts, and whether a phonetic guide is being skipped.
  let plain: string | null = null;
  let runs: string[] | null = null;
  let inItem = false;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === TEXT) continue;
    const name = s.name;
    if (t === OPEN) {
      if (name === 'sst' && !s.selfClosing) plainItems(s, out);
      else if (name === 'si') {
        plain = null;
        runs = null;
        inItem = !s.selfClosing;
        if (s.selfClosing) out.push(null);
      } else if (!inItem) continue;
      else if (name === 'rPh') s.skipElement();
      else if (name === 'r') (runs ??= []).push('');
      else if (name === 't') {
        const text = decodeEscapes(s.elementText());
        if (runs) runs[runs.length - 1] = text;
        else plain = text;
      }
    } else if (t === CLOSE && name === 'si' && inItem) {
      inItem = false;
      out.push(runs ? ownString(runs.join('')) : plain === null ? null : ownString(plain));
      plainItems(s, out);
    }
  }
  s.checkWellFormed();
  return out;
}
