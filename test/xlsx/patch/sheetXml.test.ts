import { editSheetXml, type SheetEdit } from '../../../src/xlsx/patch/sheetXml';

const MARKER = 'SN-RAG';
const sheet = (
  data: string,
  after = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><sheetData>${data}</sheetData>${after}</worksheet>`;

const edit = (over: Partial<SheetEdit>): SheetEdit => ({
  marker: MARKER,
  blocks: [],
  cells: [],
  labelStyle: (left) => (left === null ? null : `L${left}`),
  ...over,
});
const label = (row: number, col: number, text = 'Green') => ({
  row,
  col,
  formula: `IF(N("${MARKER}")=0,"${text}","")`,
  result: text,
});

describe('editSheetXml', () => {
  it('writes labels into existing rows in column order, new rows in row order, and grows the dimension', () => {
    const xml = sheet(
      '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" s="2"><v>5</v></c></row><row r="3" spans="1:3"><c r="A3" s="4"><v>7</v></c></row>',
    );
    const out = editSheetXml(
      xml,
      edit({ cells: [label(0, 1), label(1, 4, 'Red'), label(2, 1, 'Amber'), label(5, 0)] }),
    )!;
    const data = out.slice(out.indexOf('<sheetData>'), out.indexOf('</sheetData>'));
    // Row 1: A1, then the new B1 (A1 beside it has no format, so neither has the label), then C1 as it was.
    expect(data).toContain(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><f>IF(N("SN-RAG")=0,"Green","")</f><v>Green</v></c><c r="C1" s="2"><v>5</v></c></row>',
    );
    // Row 2 did not exist: it is added between rows 1 and 3.
    expect(data.indexOf('<row r="2">')).toBeGreaterThan(data.indexOf('<row r="1"'));
    expect(data.indexOf('<row r="2">')).toBeLessThan(data.indexOf('<row r="3"'));
    // Beside a formatted cell, a label takes its look (the caller strips the number format).
    expect(data).toContain('<c r="B3" s="L4" t="str">');
    expect(data).toContain('<row r="6"><c r="A6" t="str">');
    expect(out).toContain('<dimension ref="A1:E6"/>');
    expect(out).not.toContain('spans=');
  });

  it('replaces a label of its own but declines a cell holding a formula of the user’s or an array formula', () => {
    const ours = sheet(`<row r="1"><c r="A1" s="3" t="str"><f>IF(N("${MARKER}")=0,"Red","")</f><v>Red</v></c></row>`);
    const out = editSheetXml(ours, edit({ cells: [label(0, 0)] }))!;
    expect(out).toContain('<c r="A1" s="3" t="str">');
    expect(out).toContain('<v>Green</v>');
    expect(out).not.toContain('<v>Red</v>');
    expect(
      editSheetXml(sheet('<row r="1"><c r="A1"><f>B1*2</f><v>4</v></c></row>'), edit({ cells: [label(0, 0)] })),
    ).toBeNull();
    expect(
      editSheetXml(
        sheet(`<row r="1"><c r="A1"><f t="array" ref="A1">N("${MARKER}")</f><v>0</v></c></row>`),
        edit({ cells: [label(0, 0)] }),
      ),
    ).toBeNull();
  });

  it('writes over our labels saved as one shared formula only where no cell left unwritten borrows it', () => {
    const rows = (formula: string) =>
      `<row r="1"><c r="A1" t="str"><f t="shared" ref="A1:A3" si="0">${formula}</f><v>Red</v></c></row>` +
      '<row r="2"><c r="A2" t="str"><f t="shared" si="0"/><v>Red</v></c></row>' +
      '<row r="3"><c r="A3" t="str"><f t="shared" si="0"/><v>Red</v></c></row>';
    const ours = sheet(rows(`IF(N("${MARKER}")=0,"Red","")`));
    // Every cell of the shared formula given a label: each is written once, and no cell still borrows it.
    const all = editSheetXml(ours, edit({ cells: [label(0, 0), label(1, 0), label(2, 0)] }))!;
    expect(all).not.toContain('t="shared"');
    for (const cell of ['A1', 'A2', 'A3']) expect([cell, all.split(`<c r="${cell}"`).length - 1]).toEqual([cell, 1]);
    // A cell that borrows it written over, the first cell and the other borrower left as they were.
    const one = editSheetXml(ours, edit({ cells: [label(1, 0)] }))!;
    expect(one).toContain('<f t="shared" ref="A1:A3" si="0">');
    expect(one).toContain('<c r="A2" t="str"><f>IF(N("SN-RAG")=0,"Green","")</f><v>Green</v></c>');
    expect(one.match(/t="shared"/g)).toHaveLength(2);
    // The first cell while A3 still borrows its formula: declined, for the caller to write the copy otherwise.
    expect(editSheetXml(ours, edit({ cells: [label(0, 0), label(1, 0)] }))).toBeNull();
    // The user's shared formula: declined wherever a label would go.
    const theirs = sheet(rows('B1*2'));
    expect(editSheetXml(theirs, edit({ cells: [label(0, 0), label(1, 0), label(2, 0)] }))).toBeNull();
    expect(editSheetXml(theirs, edit({ cells: [label(1, 0)] }))).toBeNull();
  });

  it('finds a cell’s address however its start tag is written, and declines a row whose cell is addressed to another', () => {
    // Excel writes the address first; another writer may put it after the style, or space and quote it otherwise.
    const xml = sheet(`<row r="1"><c t="s" r="A1"><v>0</v></c><c r = 'C1' s="2"><v>5</v></c><c\tr="D1"/></row>`);
    const out = editSheetXml(xml, edit({ cells: [label(0, 1), label(0, 4, 'Red')] }))!;
    expect(out).toContain(
      `<c t="s" r="A1"><v>0</v></c><c r="B1" t="str"><f>IF(N("${MARKER}")=0,"Green","")</f><v>Green</v></c><c r = 'C1' s="2"><v>5</v></c><c\tr="D1"/><c r="E1" t="str">`,
    );
    expect(editSheetXml(sheet('<row r="1"><c r="A2"><v>1</v></c></row>'), edit({ cells: [label(0, 1)] }))).toBeNull();
  });

  it('declines rows or cells written without their address', () => {
    expect(editSheetXml(sheet('<row><c r="A1"><v>1</v></c></row>'), edit({ cells: [label(0, 1)] }))).toBeNull();
    expect(editSheetXml(sheet('<row r="1"><c><v>1</v></c></row>'), edit({ cells: [label(0, 1)] }))).toBeNull();
  });

  it('takes out only its own rules, keeps the user’s in place, and adds its entries after them, numbered after theirs', () => {
    const cf = (sqref: string, rules: string) =>
      `<conditionalFormatting sqref="${sqref}">${rules}</conditionalFormatting>`;
    const rule = (p: number, f: string) =>
      `<cfRule type="expression" dxfId="0" priority="${p}"><formula>${f}</formula></cfRule>`;
    const xml = sheet(
      '',
      [
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
        cf('A1:A9', rule(1, 'A1&gt;5')),
        cf('C1:C9', rule(2, `N("${MARKER}")`) + rule(3, 'C1&lt;0')),
        cf('D1:D9', rule(4, `N("${MARKER}")`)),
        '<dataValidations count="0"/>',
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
      ].join(''),
    );
    const out = editSheetXml(
      xml,
      edit({
        blocks: [
          {
            sqref: 'E2:E9',
            rules: [
              { formula: `N("${MARKER}")=0`, dxfId: 7 },
              { formula: `N("${MARKER}")<1`, dxfId: 8 },
            ],
          },
        ],
      }),
    )!;
    const entries = [
      ...out.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g),
    ].map((m) => [m[1], [...m[2].matchAll(/priority="(\d+)"/g)].map((p) => Number(p[1]))]);
    expect(entries).toEqual([
      ['A1:A9', [1]],
      ['C1:C9', [3]],
      ['E2:E9', [4, 5]],
    ]);
    expect(out).toContain('<formula>N("SN-RAG")&lt;1</formula>');
    expect(out.indexOf('<conditionalFormatting sqref="E2:E9">')).toBeLessThan(out.indexOf('<dataValidations'));
    expect(out.indexOf('</mergeCells>')).toBeLessThan(out.indexOf('<conditionalFormatting'));
  });

  it('puts its entries where the file format wants them when the sheet has none', () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      '<printOptions gridLines="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/>',
    );
    const out = editSheetXml(
      xml,
      edit({ blocks: [{ sqref: 'A1', rules: [{ formula: `N("${MARKER}")`, dxfId: 0 }] }] }),
    )!;
    expect(out).toMatch(
      /<\/sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1">.*<\/conditionalFormatting><printOptions/,
    );
    expect(out).toContain('<drawing r:id="rId1"/></worksheet>');
  });

  it('writes a sheet with labels on more than 20,000 rows (made again as written) as it writes one with fewer (kept from the check)', () => {
    // Each row has a figure in A; the labels go in B, beside it, taking its look.
    const rows = (n: number) =>
      Array.from({ length: n }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" s="1"><v>${r}</v></c></row>`).join('');
    const labels = (n: number) => Array.from({ length: n }, (_, r) => label(r, 1, r % 2 ? 'Red' : 'Green'));
    const xml = sheet(rows(20_001));
    const dataOf = (out: string) => out.slice(out.indexOf('<sheetData>'), out.indexOf('</sheetData>'));
    const fewer = dataOf(editSheetXml(xml, edit({ cells: labels(20_000) }))!);
    const more = dataOf(editSheetXml(xml, edit({ cells: labels(20_001) }))!);
    const last = '<row r="20001"><c r="A20001" s="1"><v>20000</v></c>';
    expect(fewer).toContain(`${last}</row>`);
    expect(more).toBe(
      fewer.replace(
        `${last}</row>`,
        `${last}<c r="B20001" s="L1" t="str"><f>IF(N("SN-RAG")=0,"Green","")</f><v>Green</v></c></row>`,
      ),
    );
  });

  it('copies a sheet with nothing to change exactly', () => {
    const xml = sheet('<row r="1" spans="1:1"><c r="A1"><v>1</v></c></row>');
    expect(editSheetXml(xml, edit({}))).toBe(xml);
  });
});
