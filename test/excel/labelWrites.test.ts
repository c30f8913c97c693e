import { type LabelSpan, labelSpans, spanWrite, writePieces } from '../../src/excel/labelWrites';

const span = (targets: LabelSpan['targets']): LabelSpan => ({
  sheet: 'S',
  col: 7,
  top: targets[0].row,
  bottom: targets[targets.length - 1].row,
  targets,
});
const cells = (
  values: unknown[],
  formulas: unknown[] = values,
  numberFormat: unknown[] = values.map(() => 'General'),
) => ({
  values: values.map((v) => [v]),
  formulas: formulas.map((f) => [f]),
  numberFormat: numberFormat.map((f) => [f]),
});

describe('labelSpans', () => {
  it('gathers headings and labels into one span per sheet and column, and names a malformed address', () => {
    const { spans, issues } = labelSpans({
      marker: 'm',
      blocks: [],
      labelHeaders: [{ sheet: 'S', cell: 'H3', text: 'RAG', formula: '"RAG"&T(N("m"))' }],
      labels: [
        { sheet: 'S', cell: 'H4', formula: '=IF(N("m")=0,"Green")', expected: 'Green' },
        { sheet: 'S', cell: 'H9', formula: 'IF(N("m")=0,"Red")', expected: 'Red' },
        { sheet: 'T', cell: 'nowhere', formula: 'N("m")', expected: '' },
      ],
    });
    expect(spans.map((s) => [s.sheet, s.col, s.top, s.bottom, s.targets.map((t) => t.formula)])).toEqual([
      ['S', 7, 2, 8, ['"RAG"&T(N("m"))', 'IF(N("m")=0,"Green")', 'IF(N("m")=0,"Red")']],
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'label-cell-invalid',
        message: 'T!nowhere: not a cell address; the RAG label was not written.',
      }),
    ]);
  });
});

describe('spanWrite', () => {
  const targets = [
    { row: 3, cell: 'H4', formula: 'IF(N("m")=0,"A")', what: 'RAG label' as const },
    { row: 4, cell: 'H5', formula: 'IF(N("m")=0,"B")', what: 'RAG label' as const },
    { row: 5, cell: 'H6', formula: 'IF(N("m")=0,"C")', what: 'RAG label' as const },
    { row: 6, cell: 'H7', formula: 'IF(N("m")=0,"D")', what: 'RAG label' as const },
  ];

  it('writes into empty cells and our own, leaves the user’s text and formulas, and never touches rows between', () => {
    const now = cells(['', 'Amber', 'see note', 4], ['', '=IF(N("m")=0,"old")', 'see note', '=B7*2']);
    const write = spanWrite(span(targets), now, 'm');
    expect(write.formulas).toEqual([['=IF(N("m")=0,"A")'], ['=IF(N("m")=0,"B")'], [null], [null]]);
    expect(write.written).toBe(2);
    expect(write.issues.map((i) => i.message)).toEqual([
      "S!H6: the cell holds 'see note', so the RAG label was not written there; the RAG colours still apply.",
      'S!H7: the cell holds a formula of its own, so the RAG label was not written there; the RAG colours still apply.',
    ]);
  });

  it('does not take text that merely looks like our formula for ours', () => {
    const text = '=IF(N("m")=0,"A")';
    expect(spanWrite(span(targets.slice(0, 1)), cells([text], [text]), 'm').written).toBe(0);
  });

  it('sets a text-formatted target cell to General, and only that one', () => {
    const write = spanWrite(span(targets.slice(0, 2)), cells(['', ''], ['', ''], ['@', 'General']), 'm');
    expect(write.numberFormat).toEqual([['General'], [null]]);
  });
});

describe('writePieces', () => {
  it('cuts a long label column into contiguous pieces that each fit, covering every row once', () => {
    const targets = Array.from({ length: 50 }, (_, i) => ({
      row: 10 + 2 * i,
      cell: `H${11 + 2 * i}`,
      formula: `IF(N("m")=0,"${'x'.repeat(80)}")`,
      what: 'RAG label' as const,
    }));
    const long: LabelSpan = { sheet: 'S', col: 7, top: 10, bottom: 108, targets };
    const write = spanWrite(long, cells([]), 'm');
    const pieces = writePieces(long, write, 1_000);
    expect(pieces.length).toBeGreaterThan(4);
    expect(pieces[0].top).toBe(10);
    expect(pieces[pieces.length - 1].bottom).toBe(108);
    pieces.slice(1).forEach((p, i) => expect(p.top).toBe(pieces[i].bottom + 1));
    expect(pieces.every((p) => p.bytes <= 1_000)).toBe(true);
    expect(pieces.flatMap((p) => p.formulas).filter(([f]) => f !== null)).toHaveLength(50);
    expect(writePieces(long, write, 1_000_000)).toHaveLength(1);
  });
});
