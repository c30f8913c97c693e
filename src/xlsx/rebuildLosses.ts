/**
 * What a copy rebuilt through exceljs would not keep of a workbook: exceljs models cells, styles,
 * rules, validations, notes, pictures, tables and simple names, and drops the rest on writing.
 * Worked out from the file's own parts, so that a rebuilt copy never loses anything unannounced.
 */
import type { Workbook } from 'exceljs';
import { NARRATIVE_SHEET_NAME_TAG } from './narrativeSheet';
import { attr, unescapeXml } from './patch/xml';
import { readZip, partBytes } from './zipParts';

/** Kinds of object exceljs does not model, by the parts they are kept in. */
const BY_PART: readonly [RegExp, string][] = [
  [/^xl\/charts\//i, 'charts'],
  [/^xl\/chartsheets\//i, 'chart sheets'],
  [/^xl\/pivotTables\//i, 'pivot tables'],
  [/^xl\/(slicers|slicerCaches)\//i, 'slicers'],
  [/^xl\/timelines\//i, 'timelines'],
  [/^xl\/(activeX|ctrlProps)\//i, 'form controls'],
  [/^xl\/embeddings\//i, 'embedded objects'],
  [/vbaProject\.bin$/i, 'macros'],
  [/^docProps\/custom\.xml$/i, 'custom document properties'],
  [/^xl\/externalLinks\//i, 'links to other workbooks'],
  [/^xl\/threadedComments\//i, 'threaded comments'],
  [/^customXml\//i, 'custom XML data'],
  [/^xl\/queryTables\//i, 'query tables'],
  [/^xl\/connections\.xml$/i, 'data connections'],
  [/^xl\/revisions\//i, 'tracked changes'],
];

/** Kinds of content found inside parts exceljs does read, but does not write back. */
const BY_CONTENT: readonly [RegExp, RegExp, string][] = [
  [/worksheets\/[^/]*\.xml$/i, /sparklineGroup/, 'sparklines'],
  [/worksheets\/[^/]*\.xml$/i, /<(?:\w+:)?customSheetView\b/, 'custom views'],
  [/drawings\/[^/]*\.xml$/i, /<(?:\w+:)?sp\b/, 'shapes and text boxes'],
  [/styles\.xml$/i, /<(?:\w+:)?cellStyle\b(?![^>]*builtinId="0")/, 'named cell styles'],
];

/** Kinds a plain reading (see readablePackage.ts) leaves out as well. */
const PLAIN_ALSO: readonly [RegExp, string][] = [
  [/comments[^/]*\.xml$/i, 'notes'],
  [/^xl\/drawings\//i, 'pictures'],
  [/worksheets\/[^/]*\.xml$/i, 'data validations'],
];

/**
 * Everything in the file at `bytes` that a copy rebuilt from `wb` would lack, as plural nouns for a
 * sentence ("sparklines", "the defined names 'Rate', 'Total'"). `plainRead`: `wb` was read from
 * the plain copy of the file's values, so notes, pictures and validations are not in it either.
 */
export async function rebuildLosses(bytes: Buffer, wb: Workbook, plainRead: boolean): Promise<string[]> {
  const parts = readZip(bytes);
  if (!parts)
    return [
      'everything but the values, formats and rules of its sheets (the file is a kind of zip that cannot be examined)',
    ];
  const out = new Set<string>();
  for (const [re, kind] of BY_PART) if (parts.some((p) => re.test(p.name))) out.add(kind);
  let book = '';
  for (const part of parts) {
    const wanted = BY_CONTENT.filter(([re]) => re.test(part.name));
    const isBook = /(^|\/)workbook\.xml$/i.test(part.name);
    const plainKinds = plainRead ? PLAIN_ALSO.filter(([re]) => re.test(part.name)) : [];
    if (!wanted.length && !isBook && !plainKinds.length) continue;
    const text = (await partBytes(part))?.toString('utf8') ?? '';
    for (const [, re, kind] of wanted) if (re.test(text)) out.add(kind);
    for (const [, kind] of plainKinds)
      if (kind !== 'data validations' || /<(?:\w+:)?dataValidation\b/.test(text)) out.add(kind);
    if (isBook) book = text;
  }
  // Defined names exceljs did not take in as they are (formulas, constants, names of other workbooks): formulas using them would show #NAME? or go wrong.
  const known = new Map(
    ((wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? []).map((n) => [
      n.name.toLowerCase(),
      n.ranges.join(','),
    ]),
  );
  const same = (a: string, b: string) => a.replace(/['\s]/g, '') === b.replace(/['\s]/g, '');
  const lost = [...book.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)]
    .map((m) => ({ name: attr(`<x${m[1]}>`, 'name') ?? '', value: unescapeXml(m[2]) }))
    .filter((d) => d.name && !d.name.startsWith('_xlnm.') && d.name !== NARRATIVE_SHEET_NAME_TAG)
    .filter((d) => !known.has(d.name.toLowerCase()) || !same(known.get(d.name.toLowerCase())!, d.value))
    .map((d) => d.name);
  if (lost.length)
    out.add(
      `defined names (${[...new Set(lost)]
        .slice(0, 5)
        .map((n) => `'${n}'`)
        .join(', ')}${lost.length > 5 ? ' and more' : ''})`,
    );
  return [...out];
}
