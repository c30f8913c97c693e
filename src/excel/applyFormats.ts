/// <reference types="office-js" />
import {
  checkFormatPlan,
  columnSpan,
  type FormatPlan,
  type Issue,
  noteTextLabelCells,
  type OwnRule,
  ownRulesOverlap,
  parseTextLabelCells,
  ruleSetsColours,
  toA1,
} from '../core';
import { type AreaSeparator, areaSeparator } from './areaSeparator';
import { SheetProtectedError } from './errors';
import { type LabelSpan, type SpanWrite, labelSpans, spanWrite, writePieces } from './labelWrites';
import { SYNC_BYTES } from './readPlan';
import { type RuleTarget, ruleTargets } from './ruleTargets';
import { type NoteToStore, noteToStore, requestNote, storeNote, TEXT_LABELS_KEY } from './settings';
import { WriteBatch } from './writeBatch';

/** Rough request size of one command, for batching writes. */
const COMMAND_BYTES = 100;

/** Where else to look for our earlier rules, and whether Excel has `RangeAreas`. */
export interface ApplyOptions {
  /** Further sheets to clear our earlier rules from (the sheets just read), besides the plan's. */
  readonly sheets?: readonly string[];
  /** One rule per block over all its ranges (needs ExcelApi 1.9); otherwise one per range. */
  readonly rangeAreas?: boolean;
  /**
   * The separator `getRanges` takes, when known; otherwise it is found out in a round trip of its
   * own, and if Excel takes neither a comma nor a semicolon, rules go on one range at a time.
   */
  readonly areaSeparator?: AreaSeparator;
  /**
   * Called once everything has been read and checked, just before the first write is queued: it may
   * throw to stop the refresh there, with nothing written (the pane's Cancel, `app/progress.ts`).
   */
  readonly beforeWrite?: () => void;
  /** A note of the caller's to store in the workbook's settings with our writes, in the same batch (the last, if there are several). */
  readonly alsoStore?: NoteToStore;
}

/** What was done, and what was left alone. */
export interface ApplyResult {
  /** Label cells left alone because they hold the user's content, and blocks that could not be placed. */
  readonly issues: readonly Issue[];
  readonly rulesRemoved: number;
  readonly rulesAdded: number;
  readonly labelsWritten: number;
}

/** "Sheet1!F5:F9, 'My sheet'!F12" → its areas, split at commas (or semicolons) outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';')) {
      out.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(address.slice(start).trim());
  return out.filter((a) => a !== '');
}

function addRules(sheet: Excel.Worksheet, target: RuleTarget, firstPriority: number): number {
  const area = target.multi ? sheet.getRanges(target.address) : sheet.getRange(target.address);
  let priority = firstPriority;
  for (const rule of target.rules) {
    const cf = area.conditionalFormats.add('Custom');
    cf.custom.rule.formula = rule.formula;
    cf.custom.format.fill.color = rule.fill;
    cf.custom.format.font.color = rule.font;
    cf.stopIfTrue = true;
    // Added at the top; moved below the user's rules last (the proxy is not touched after a move).
    cf.priority = priority++;
  }
  return priority;
}

/** The label cells the writes turn from Text to General, per sheet. */
function textCells(spans: readonly LabelSpan[], writes: readonly SpanWrite[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  spans.forEach((span, i) =>
    writes[i].numberFormat?.forEach(([format], row) => {
      if (format !== null) (out[span.sheet] ??= []).push(toA1(span.top + row, span.col));
    }),
  );
  return out;
}

/**
 * Applies a {@link FormatPlan} to the open workbook, in three round trips for any usual workbook,
 * after one more (two in a semicolon locale) to learn the separator `getRanges` takes, when a block has
 * several ranges and it is not given (see `areaSeparator`):
 * 1. the sheets' protection, all their conditional formats' types, and the label columns' cells;
 * 2. the formulas of the custom conditional formats, and where each format that colours cells
 *    applies on the sheets we colour (skipped when there are none): the officer's rules over the
 *    cells we colour come back as `own-rules-overlap` issues, as they win there;
 * 3. one batch of writes: delete our earlier rules (those whose formula contains `plan.marker`,
 *    from the last up, so positions hold), add each block's rules with fill and font colours and
 *    move each below the user's rules — which stay, in their order — and write label formulas
 *    into cells that are empty or already ours; a label cell formatted as Text is made General so
 *    that its formula calculates, and noted in the workbook's settings for Clear RAG to turn back. (Only if these writes would pass Excel on the
 *    web's 5 MB request limit — beyond about 9,000 labels — are they sent in more than one.)
 * A second run leaves exactly the same rules as the first. Label cells holding anything of the
 * user's are left alone and come back as issues. A protected sheet that would be written to stops
 * everything before any write ({@link SheetProtectedError}); a write batch that fails after
 * Excel began on it throws `WriteFailedError` (running again puts it right).
 */
export async function applyFormats(
  context: Excel.RequestContext,
  plan: FormatPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  checkFormatPlan(plan, 'applyFormats');
  const issues: Issue[] = [];
  let rangeAreas = options.rangeAreas ?? false;
  let separator = options.areaSeparator;
  const multi = plan.blocks.find((b) => b.ranges.length > 1);
  if (rangeAreas && multi && !separator) {
    const found = await areaSeparator(context, context.workbook.worksheets.getItem(multi.sheet));
    if (found) separator = found;
    else rangeAreas = false;
  }
  const targets = plan.blocks.flatMap((block) => {
    const { targets: found, issue } = ruleTargets(block, rangeAreas, separator);
    if (issue) issues.push(issue);
    return found;
  });
  const { spans, issues: spanIssues } = labelSpans(plan);
  for (const issue of spanIssues) issues.push(issue);
  const names = [...new Set([...(options.sheets ?? []), ...targets.map((t) => t.sheet), ...spans.map((s) => s.sheet)])];
  const sheets = names.map((name) => context.workbook.worksheets.getItem(name));
  const sheetOf = (name: string) => sheets[names.indexOf(name)];

  const protections = sheets.map((ws) => ws.protection.load('protected'));
  const formats = sheets.map((ws) => ws.getRange().conditionalFormats.load('items/type'));
  const spanCells = spans.map((s) =>
    sheetOf(s.sheet)
      .getRange(columnSpan(s.col, s.top, s.bottom))
      .load(['values', 'formulas', 'numberFormat']),
  );
  const textNote = requestNote(context, TEXT_LABELS_KEY);
  await context.sync();

  const rules = formats.map((c) => c.items.map((cf) => (cf.type === 'Custom' ? cf.custom.rule.load('formula') : null)));
  // Where every rule that colours cells applies, on the sheets we colour: to find the officer's over ours.
  const colouring = new Set(targets.map((t) => t.sheet));
  const areas = formats.map((c, i) =>
    c.items.map((cf) => (colouring.has(names[i]) && ruleSetsColours(cf.type) ? cf.getRanges().load('address') : null)),
  );
  if ([...rules, ...areas].some((list) => list.some((r) => r !== null))) await context.sync();
  const ours = rules.map((list) => list.flatMap((r, i) => (r !== null && r.formula.includes(plan.marker) ? [i] : [])));
  const own: OwnRule[] = areas.flatMap((list, i) =>
    list.flatMap((a, j) =>
      a !== null && !ours[i].includes(j)
        ? [{ sheet: names[i], type: formats[i].items[j].type, areas: splitAreas(a.address) }]
        : [],
    ),
  );
  for (const issue of ownRulesOverlap(plan, own)) issues.push(issue);

  const writes: SpanWrite[] = spans.map((s, i) => spanWrite(s, spanCells[i], plan.marker));
  for (const w of writes) for (const issue of w.issues) issues.push(issue);
  const touched = names.filter(
    (name, i) =>
      ours[i].length > 0 ||
      targets.some((t) => t.sheet === name) ||
      spans.some((s, j) => s.sheet === name && writes[j].written > 0),
  );
  const locked = touched.filter((name) => protections[names.indexOf(name)].protected);
  if (locked.length) throw new SheetProtectedError(locked, 'refresh');

  options.beforeWrite?.();
  const batch = new WriteBatch(context, 'refresh', touched);
  const rulesRemoved = ours.reduce((n, list) => n + list.length, 0);
  await batch.room(COMMAND_BYTES * rulesRemoved);
  ours.forEach((list, i) => [...list].reverse().forEach((index) => formats[i].items[index].delete()));
  const next = names.map((_, i) => formats[i].items.length);
  let rulesAdded = 0;
  for (const target of targets) {
    await batch.room(
      target.address.length + target.rules.reduce((n, r) => n + r.formula.length + 6 * COMMAND_BYTES, 0),
    );
    const i = names.indexOf(target.sheet);
    next[i] = addRules(sheets[i], target, next[i]);
    rulesAdded += target.rules.length;
  }
  for (const [i, span] of spans.entries()) {
    if (!writes[i].written) continue;
    for (const piece of writePieces(span, writes[i], SYNC_BYTES / 2)) {
      await batch.room(piece.bytes + COMMAND_BYTES);
      const range = sheetOf(span.sheet).getRange(columnSpan(span.col, piece.top, piece.bottom));
      if (piece.numberFormat) range.numberFormat = piece.numberFormat;
      range.formulas = piece.formulas;
    }
  }
  // The cells turned from Text to General are noted, in the same batch, for Clear RAG to turn back.
  const noted = noteTextLabelCells(parseTextLabelCells(textNote.value()), textCells(spans, writes));
  for (const note of [noted && noteToStore(TEXT_LABELS_KEY, noted), options.alsoStore]) {
    if (!note) continue;
    await batch.room(COMMAND_BYTES + note.text.length);
    storeNote(context, note);
  }
  await batch.send();
  return { issues, rulesRemoved, rulesAdded, labelsWritten: writes.reduce((n, w) => n + w.written, 0) };
}
