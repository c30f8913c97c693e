import { decodeXml, CLOSE, END, OPEN, TEXT, XmlScanner } from '../../../src/xlsx/read/scanner';
import { readSharedStrings } from '../../../src/xlsx/read/sharedStrings';
import { readStyles } from '../../../src/xlsx/read/styles';
import { slideFormula } from '../../../src/xlsx/read/sheet';
import type { RawValue } from '../../../src/core/values/types';
import { readParts } from '../../../src/xlsx/read';
import { handBook, ours, theirs } from './handWritten';

/** Every token of a document, as "<name", "</name", "/name/" (self-closing) or the text. */
function tokens(xml: string): string[] {
  const s = new XmlScanner(xml);
  const out: string[] = [];
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === OPEN) out.push(s.selfClosing ? `/${s.name}/` : `<${s.name}`);
    else if (t === CLOSE) out.push(`</${s.name}`);
    else if (t === TEXT) out.push(s.text());
  }
  return out;
}

describe('the XML scanner', () => {
  it('decodes the five entities and character references, and leaves a stray ampersand as written', () => {
    expect(decodeXml('A &amp; B &lt;&gt; &quot;q&quot; &apos;a&apos; &#163;5 &#x20AC;6 &#x1F600;')).toBe(
      'A & B <> "q" \'a\' £5 €6 😀',
    );
    expect(decodeXml('R&D &unknown; 5&')).toBe('R&D &unknown; 5&');
  });

  it('gives element names without their prefix, passes over comments, declarations and instructions, and reads CDATA as text', () => {
    const xml =
      '\uFEFF<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "y">]><x:a xmlns:x="u"><!-- <b> --><x:b k="1"/>t&amp;u<![CDATA[<raw> & ]]></x:a>';
    expect(tokens(xml)).toEqual(['<a', '/b/', 't&u', '<raw> & ', '</a']);
  });

  it('reads attributes in either quotes, with ">" and entities inside values, and only whole names', () => {
    const s = new XmlScanner(`<c rr="no" r='B2' t="s" f="a>b &amp; c" xml:space="preserve"/>`);
    expect(s.next()).toBe(OPEN);
    expect(s.attr('r')).toBe('B2');
    expect(s.attr('t')).toBe('s');
    expect(s.attr('f')).toBe('a>b & c');
    expect(s.attr('xml:space')).toBe('preserve');
    expect(s.attr('space')).toBeNull();
    expect(s.selfClosing).toBe(true);
    expect(s.next()).toBe(END);
  });

  it('reads line ends as XML does: CR LF and a lone CR are LF, a written &#13; stays', () => {
    expect(tokens('<t>a\r\nb\rc&#13;d</t>')).toEqual(['<t', 'a\nb\nc\rd', '</t']);
  });

  it('notices a document that is not well-formed', () => {
    for (const bad of ['<a><b></a>', '<a>', '<a></a></b>', '<a b="1"']) {
      const s = new XmlScanner(bad);
      while (s.next() !== END);
      expect(() => s.checkWellFormed()).toThrow(/not well-formed/);
    }
    const good = new XmlScanner('<a><b/><c>x</c></a>');
    while (good.next() !== END);
    expect(() => good.checkWellFormed()).not.toThrow();
  });
});

describe('shared strings and styles', () => {
  it('reads plain, preserved-space, escaped and rich text items, leaving out phonetic guides', () => {
    const strings = readSharedStrings(
      '<sst xmlns="m"><si><t>Rent &amp; rates</t></si><si><t xml:space="preserve">  padded </t></si>' +
        '<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></si>' +
        '<si><t>Line_x000D_break</t><rPh sb="0" eb="1"><t>ruby</t></rPh></si><si/><si><t/></si>' +
        '<si><t>CR LF\r\nand &#163;5_x000D_</t></si>\n<si><t></t></si></sst>',
    );
    expect(strings).toEqual([
      'Rent & rates',
      '  padded ',
      'Bold and plain',
      'Line\rbreak',
      null,
      '',
      'CR LF\nand £5\r',
      '',
    ]);
  });

  it('keeps every character of an item, in plain and rich text alike: beyond Latin-1, astral, and a lone surrogate half written as an escape', () => {
    const strings = readSharedStrings(
      '<sst xmlns="m"><si><t>Children’s social care — £5k</t></si><si><t>Plain ASCII after a dash</t></si>' +
        '<si><r><t>Rich — </t></r><r><t>runs 📈</t></r></si><si><t>Half _xD83D_ pair</t></si>' +
        '<si><r><t>Rich half _xDC4D_</t></r></si></sst>',
    );
    expect(strings).toEqual([
      'Children’s social care — £5k',
      'Plain ASCII after a dash',
      'Rich — runs 📈',
      'Half \ud83d pair',
      'Rich half \udc4d',
    ]);
  });
  it('maps built-in and custom number formats of each cell format, General as none, and knows dates', () => {
    const styles = readStyles(
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0\\%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>' +
        '<cellStyleXfs><xf numFmtId="10"/></cellStyleXfs>' +
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165" applyNumberFormat="1"><alignment wrapText="1"/></xf><xf numFmtId="14"/><xf numFmtId="30"/></cellXfs></styleSheet>',
    );
    expect(styles).toEqual([
      { format: null, date: false },
      { format: '0.00%', date: false },
      { format: '0.0\\%', date: false },
      { format: 'dd/mm/yyyy', date: true },
      { format: 'mm-dd-yy', date: true },
      { format: null, date: false },
    ]);
  });
});

describe('slideFormula (shared formulas)', () => {
  it('moves relative references by the distance from the master and leaves absolute parts and function names', () => {
    expect(slideFormula('A1*$B$1+SUM(C1:C3)+LOG10(A$1)+$A1', 0, 3, 4, 5)).toBe('C5*$B$1+SUM(E5:E7)+LOG10(C$1)+$A5');
  });
});

describe('reading cells (hand-written parts)', () => {
  it('reads numbers, shared, inline and rich strings, booleans, errors and formula results as exceljs does', async () => {
    const bytes = handBook({
      strings: ['<t>Rent &amp; rates</t>', '<r><t>Rich </t></r><r><rPr><i/></rPr><t>text</t></r>'],
      sheets: [
        {
          name: 'Values',
          data:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> inline &lt;x&gt; </t></is></c>' +
            '<c r="D1" t="inlineStr"><is><r><t>in</t></r><r><rPr><b/></rPr><t>rich</t></r></is></c></row>' +
            '<row r="2"><c r="A2"><v>12.5</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="str"><v>a &amp; b</v></c></row>' +
            '<row r="3"><c r="A3"><f>A2*2</f><v>25</v></c><c r="B3" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3" t="b"><f>TRUE()</f><v>1</v></c></row>',
        },
      ],
    });
    const mine = await ours(bytes);
    expect(mine.grids[0].values).toEqual([
      ['Rent & rates', 'Rich text', ' inline <x> ', 'inrich'],
      [12.5, true, false, { error: '#N/A' }, 'a & b'],
      [25, 'xy', { error: '#DIV/0!' }, true],
    ]);
    expect(mine.grids[0].formulas?.[2]).toEqual(['A2*2', '"x"&"y"', '1/0', 'TRUE()']);
    expect(mine).toEqual(await theirs(bytes));
  });

  it('reads a cell written as Excel writes it just as the same cell written otherwise', async () => {
    // Row 1 as Excel writes cells (read with one regular expression each), row 2 the same cells with a space
    // before each '>' (read tag by tag), in a 1904 workbook with a date format.
    const cells = [
      '<c r="A1" s="1"><v>44651</v></c>',
      '<c r="B1" t="s"><v>0</v></c>',
      '<c r="C1" s="2"/>',
      '<c r="D1"><v></v></c>',
      '<c r="E1" t="b"><v>1</v></c>',
      '<c r="F1" t="e"><v>#N/A</v></c>',
      '<c r="G1" s="1" t="d"><v>2024-01-31</v></c>',
      '<c r="H1" s="2"><v>7.25</v></c>',
      '<c r="J1" t="s"><v>9</v></c>',
      '<c r="K1" t="str"><v>text</v></c>',
    ].join('');
    const otherwise = cells.replace(/r="([A-Z])1"/g, 'r="$12"').replace(/"(\/?)>/g, '" $1>');
    const bytes = handBook({
      date1904: true,
      strings: ['<t>Name</t>'],
      numFmts: [{ id: 164, code: '0.0' }],
      xfs: [0, 14, 164],
      sheets: [{ name: 'Cells', data: `<row r="1">${cells}</row><row r="2">${otherwise}</row>` }],
    });
    const [grid] = (await ours(bytes)).grids;
    expect(grid.values[0]).toEqual([
      44651 + 1462,
      'Name',
      null,
      null,
      true,
      { error: '#N/A' },
      45322,
      7.25,
      null,
      null,
      'text',
    ]);
    expect(grid.values[1]).toEqual(grid.values[0]);
    expect(grid.formats?.[1]).toEqual(grid.formats?.[0]);
    expect(grid.formats?.[0]).toEqual(['mm-dd-yy', null, null, null, null, null, 'mm-dd-yy', '0.0', null, null, null]);
  });

  it('gives each cell of a shared formula its own formula, as exceljs gives it', async () => {
    const bytes = handBook({
      sheets: [
        {
          name: 'Shared',
          data:
            '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>3</v></c></row>' +
            '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>5</v></c></row>' +
            '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>7</v></c></row>',
        },
      ],
    });
    const mine = await ours(bytes);
    expect(mine.grids[0].formulas).toEqual([
      [null, 'A1*2+$A$1'],
      [null, 'A2*2+$A$1'],
      [null, 'A3*2+$A$1'],
    ]);
    expect(mine.grids[0].values).toEqual([
      [1, 3],
      [2, 5],
      [3, 7],
    ]);
    expect(mine).toEqual(await theirs(bytes));
  });

  it('reads dates as 1900-system serials, ISO dates (t="d") included, and moves a 1904 workbook’s dates, not its numbers', async () => {
    const data =
      '<row r="1"><c r="A1" s="1"><v>44651</v></c><c r="B1" t="d" s="1"><v>1990-01-01T00:00:00</v></c><c r="C1"><v>44651</v></c><c r="D1" s="1"><f>A1+1</f><v>44652.5</v></c></row>';
    for (const date1904 of [false, true]) {
      const bytes = handBook({ date1904, xfs: [0, 14], sheets: [{ name: 'Dates', data }] });
      const mine = await ours(bytes);
      const shift = date1904 ? 1462 : 0;
      expect(mine.grids[0].values[0]).toEqual([44651 + shift, 32874, 44651, 44652.5 + shift]);
      expect(mine.grids[0].formats?.[0]).toEqual(['mm-dd-yy', 'mm-dd-yy', null, 'mm-dd-yy']);
      const other = await theirs(bytes);
      if (date1904) {
        // exceljs moves the ISO date (already a 1900-system serial) by the 1904 system's four years again.
        expect(other.grids[0].values[0][1]).toBe(32874 + 1462);
        (other.grids[0].values[0] as RawValue[])[1] = 32874;
      }
      expect(mine).toEqual(other);
    }
  });

  it('gives a cell without a style (no s=) the first cell format, as the file format says and Excel shows it', async () => {
    // ECMA-376 Part 1, §18.3.1.4: a cell's style index "s" is 0 when it is not written.
    const bytes = handBook({
      numFmts: [{ id: 164, code: '0.0%' }],
      xfs: [164, 0, 14],
      sheets: [
        {
          name: 'Unstyled',
          data:
            '<row r="1"><c r="A1"><v>0.853</v></c><c r="B1" s="1"><v>0.9</v></c><c r="C1" t="inlineStr"><is><t>n/a</t></is></c>' +
            '<c r="D1"><f>A1*2</f><v>1.706</v></c><c r="E1" s="0"><v>0.5</v></c><c r="F1" s="2"><v>44651</v></c></row>',
        },
      ],
    });
    const mine = await ours(bytes);
    expect(mine.grids[0].values).toEqual([[0.853, 0.9, 'n/a', 1.706, 0.5, 44651]]);
    expect(mine.grids[0].formats).toEqual([['0.0%', null, '0.0%', '0.0%', '0.0%', 'mm-dd-yy']]);
    // exceljs gives no format to a cell with the first cell format, whether it names it (s="0") or not.
    const other = await theirs(bytes);
    expect(other.grids[0].formats).toEqual([[null, null, null, null, null, 'mm-dd-yy']]);
    expect({ ...other, grids: [{ ...other.grids[0], formats: mine.grids[0].formats }] }).toEqual(mine);
  });

  it('reads a number without a style as a date when the first cell format is a date, in a 1904 workbook moved as dates are', async () => {
    const bytes = handBook({
      date1904: true,
      xfs: [14],
      sheets: [{ name: 'D', data: '<row r="1"><c r="A1"><v>43189</v></c></row>' }],
    });
    const mine = await ours(bytes);
    expect(mine.grids[0].values).toEqual([[43189 + 1462]]);
    expect(mine.grids[0].formats).toEqual([['mm-dd-yy']]);
  });

  it('reads an empty <v/> as no value, and a formula without a result as blank with one warning naming its cells in order', async () => {
    const bytes = handBook({
      sheets: [
        {
          name: 'Empty',
          data: '<row r="1"><c r="A1"><v/></c><c r="B1"><v></v></c><c r="C1"><f>1+1</f></c><c r="D1"><v>4</v></c></row><row r="2"><c r="A2" s="0"/><c r="B2"><f>SUM(A1:A1)</f><v/></c></row>',
        },
      ],
    });
    const mine = await ours(bytes);
    expect(mine.grids[0].values).toEqual([
      [null, null, null, 4],
      [null, null],
    ]);
    expect(mine.issues.map((i) => [i.code, i.cell])).toEqual([['formula-no-result', 'C1']]);
    expect(mine.issues[0].message).toMatch(/C1, B2|C1 and B2/);
    expect(mine).toEqual(await theirs(bytes));
  });

  it('reads a text formula saved with an empty result (as Excel saves a formula giving "") as empty text, not as no result', async () => {
    const bytes = handBook({
      sheets: [
        { name: 'S', data: '<row r="1"><c r="A1" t="str"><f>IF(1,"","x")</f><v></v></c><c r="B1"><v>1</v></c></row>' },
      ],
    });
    const mine = await ours(bytes);
    expect(mine.grids[0].values).toEqual([['', 1]]);
    expect(mine.issues).toEqual([]);
    // exceljs reads it as a formula with no saved result, and warns so.
    expect((await theirs(bytes)).issues.map((i) => i.code)).toEqual(['formula-no-result']);
  });

  it('places cells and rows written without addresses (r may be left out) one after the other', async () => {
    const bytes = handBook({
      strings: ['<t>Name</t>'],
      sheets: [
        {
          name: 'NoRefs',
          data:
            '<row><c t="s"><v>0</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row>' +
            '<row r="5"><c><v>5</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row>',
        },
      ],
    });
    const mine = await ours(bytes);
    expect(mine.grids[0].values).toEqual([['Name', 2], [null, 3, 4], [], [], [5], ['x']]);
  });

  it('reads elements written with a namespace prefix', async () => {
    const M = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const bytes = handBook({
      sheets: [
        {
          name: 'Prefixed',
          data: `<x:worksheet xmlns:x="${M}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Hello</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        },
      ],
    });
    const mine = await ours(bytes);
    expect(mine.grids[0].values).toEqual([['Hello', 7]]);
    expect(mine).toEqual(await theirs(bytes));
  });

  it('keeps cells whose value is 0, FALSE or a blank shared string, in rows of nothing else and under a merge, as exceljs does', async () => {
    const bytes = handBook({
      strings: ['<t></t>'],
      sheets: [
        {
          name: 'Zeros',
          data:
            '<row r="1"><c r="A1"><v>0</v></c></row><row r="3"><c r="B3" t="b"><v>0</v></c></row>' +
            '<row r="4"><c r="A4" t="s"><v>0</v></c></row><row r="5"><c r="A5"><v>0</v></c><c r="B5"><v>7</v></c></row>',
          after: '<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>',
        },
      ],
    });
    const mine = await ours(bytes);
    // Row 2 was never written; row 5's 7 is under the merge, whose top-left cell holds 0.
    expect(mine.grids[0].values).toEqual([[0], [], [null, false], [''], [0]]);
    expect(mine).toEqual(await theirs(bytes));
    const facts = (await readParts(bytes))!.facts;
    expect(facts.labelCell('Zeros', 0, 0)).toEqual({ kind: 'value', text: '0' });
    expect(facts.labelCell('Zeros', 2, 1)).toEqual({ kind: 'value', text: 'false' });
    expect(facts.labelCell('Zeros', 3, 0)).toEqual({ kind: 'value', text: '' });
    expect(facts.labelCell('Zeros', 4, 1)).toEqual({ kind: 'merged' });
    expect(facts.labelCell('Zeros', 1, 0)).toEqual({ kind: 'empty' });
  });

  it('keeps a merged value in its top-left cell only; rows reached by the merge count, as with exceljs', async () => {
    const bytes = handBook({
      sheets: [
        {
          name: 'Merged',
          data: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>',
          after: '<mergeCells count="1"><mergeCell ref="A1:B3"/></mergeCells>',
        },
      ],
    });
    const mine = await ours(bytes);
    expect(mine.grids[0].values).toEqual([[1, null, 3], [], []]);
    expect(mine).toEqual(await theirs(bytes));
  });

  it('gives the engine the merged areas whose top-left cell holds text, as both readers see them', async () => {
    // Moray's Pentana export: "Measured annually" merged over two quarters' cells (K10:L10 there).
    const bytes = handBook({
      sheets: [
        {
          name: 'Merged words',
          data:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Measured annually</t></is></c></row>' +
            '<row r="2"><c r="A2"><v>5</v></c><c r="C2" t="inlineStr"><is><t>Data only</t></is></c></row>',
          after:
            '<mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="A2:B2"/><mergeCell ref="C2:D3"/></mergeCells>',
        },
      ],
    });
    const mine = await ours(bytes);
    // A2:B2 starts with a figure, which is A2's alone: not kept.
    expect(mine.grids[0].merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 3 },
    ]);
    expect(mine).toEqual(await theirs(bytes));
  });

  it('lists Excel tables with their totals rows, sheet visibility, and leaves chart sheets out', async () => {
    const M = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const bytes = handBook({
      sheets: [
        {
          name: 'Data',
          data: '<row r="1"><c r="A1" t="inlineStr"><is><t>Indicator</t></is></c><c r="B1" t="inlineStr"><is><t>Target</t></is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="B3"><v>4</v></c></row>',
          tables: [
            `<table xmlns="${M}" id="1" name="Kpis" displayName="Kpis" ref="A1:B3" totalsRowCount="1"><tableColumns count="2"><tableColumn id="1" name="Indicator"/><tableColumn id="2" name="Target"/></tableColumns></table>`,
          ],
        },
        { name: 'Chart', data: '', chart: true },
        { name: 'Hidden', data: '<row r="1"><c r="A1"><v>1</v></c></row>', state: 'hidden' },
        { name: 'Very', data: '<row r="1"><c r="A1"><v>1</v></c></row>', state: 'veryHidden' },
      ],
    });
    const mine = await ours(bytes);
    expect(mine.grids.map((g) => [g.name, g.visibility])).toEqual([
      ['Data', undefined],
      ['Hidden', 'hidden'],
      ['Very', 'veryHidden'],
    ]);
    expect(mine.grids[0].tables).toEqual([{ name: 'Kpis', top: 0, left: 0, bottom: 2, right: 1, totalsRow: true }]);
    expect(mine).toEqual(await theirs(bytes));
  });

  it('lists the hidden rows that hold cells (hidden="1" or "true", by hand or by a filter), as exceljs reads them', async () => {
    const bytes = handBook({
      sheets: [
        {
          name: 'Hidden rows',
          data:
            '<row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row>' +
            '<row r="3" spans="1:1" hidden="true" customHeight="1" ht="0"><c r="A3"><v>3</v></c></row>' +
            '<row r="4" hidden="0"><c r="A4"><v>4</v></c></row>' +
            // A hidden row with nothing in it (as Excel writes the rows below a filtered table) says nothing.
            '<row r="6" hidden="1"/>',
        },
        { name: 'None hidden', data: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      ],
    });
    const mine = await ours(bytes);
    expect(mine.grids.map((g) => g.hiddenRows)).toEqual([[1, 2], undefined]);
    expect(mine).toEqual(await theirs(bytes));
  });
});
