/**
 * The narrative read as a committee member would read it, over every workbook of the fixture
 * catalogue (the sample and every fixture) in all three styles: short sentences, the period said
 * once, no stock phrase run through the report, one bracket at a time, whole numbers as whole
 * numbers, every figure with its unit — and every number from a cell the sentence cites.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { lowerFirst, shortName, STOCK_PHRASES, subject, periodSpan } from '../../../src/core/narrative/phrases';
import { ytdPeriod } from '../../../src/core/periods/makePeriod';
import { narrativeBlocks } from '../../../src/core/narrative/render';
import { buildReport, type Report } from '../../../src/core/report/buildReport';
import type { Indicator } from '../../../src/core/indicators/types';
import type { NarrativeItem, NarrativeStyle } from '../../../src/core/narrative/types';
import type { SheetGrid } from '../../../src/core/values/types';
import { readWorkbookFile, workbookToGrids } from '../../../src/xlsx/readWorkbook';
import { reportable } from '../../fixtures/catalogue';
import { numbersIn, untracedNumbers } from '../../helpers/numbersInText';

const STYLES: readonly NarrativeStyle[] = ['committee', 'briefing', 'exceptions'];

// Reading the 2,000-indicator workbook three ways takes a while on a loaded machine: no test here is about speed.
jest.setTimeout(600_000);

/**
 * Stock phrases: the ones the drafts used to run through a report, and the engine's own caveats.
 * None may appear more than twice in a report.
 */
const STOCK = [
  'positively below',
  'positively above',
  'at the same point last year',
  'the same as at the same point',
  'The service comments',
  'an improvement on 0',
  'worse than both',
  'though better than',
  'though the same as',
  'a single case moves the figure',
  ...Object.values(STOCK_PHRASES).flat(),
];

/** The service's own words, quoted: theirs, not the narrative's, so not measured. */
const QUOTED = /(?:Service comment|Action): “[^”]*”/g;

/** Sentences of a text: split after a full stop, question or exclamation mark followed by a space. */
const sentencesOf = (text: string) =>
  text
    .replace(QUOTED, '')
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
const wordsOf = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

const UNIT: Partial<Record<Indicator['unit'], RegExp>> = {
  percentage: /(?: per cent|%)$/,
  days: / days?$/,
  money: /^-?(?:[£€$]|[A-Z]{3} )/,
};

interface Drafted {
  readonly file: string;
  readonly style: NarrativeStyle;
  readonly report: Report;
}

const files = reportable();
const grids = new Map<string, SheetGrid[]>();
const drafts: Drafted[] = [];

beforeAll(async () => {
  for (const f of files) {
    const { wb } = await readWorkbookFile(f.path);
    grids.set(f.file, workbookToGrids(wb));
    for (const style of STYLES)
      drafts.push({
        file: f.file,
        style,
        report: buildReport(grids.get(f.file)!, parseConfig({ narrativeStyle: style })),
      });
  }
}, 600_000);

const itemsOf = (r: Report): NarrativeItem[] => {
  const n = r.narrative;
  return [...n.summary, ...n.reds, ...n.performingWell, ...n.areasForFocus, ...n.context, ...n.noData];
};
const label = (d: Drafted) => `${d.file} (${d.style})`;

describe('the narrative of every catalogue workbook, in every style', () => {
  it('reads every workbook in three styles', () => {
    expect(drafts).toHaveLength(files.length * 3);
    expect(files.map((f) => f.file)).toEqual(
      expect.arrayContaining(['northmoor-childrens-scorecard.xlsx', 'large-2000.xlsx']),
    );
  });

  it('keeps sentences short: median at most 20 words, none over 35', () => {
    for (const d of drafts) {
      const lengths = itemsOf(d.report)
        .flatMap((i) => sentencesOf(i.text))
        .map((s) => wordsOf(s).length)
        .sort((a, b) => a - b);
      if (!lengths.length) continue;
      const median =
        lengths.length % 2
          ? lengths[(lengths.length - 1) / 2]
          : (lengths[lengths.length / 2 - 1] + lengths[lengths.length / 2]) / 2;
      const longest = itemsOf(d.report)
        .flatMap((i) => sentencesOf(i.text))
        .filter((s) => wordsOf(s).length > 35);
      expect([label(d), median <= 20, longest]).toEqual([label(d), true, []]);
    }
  });

  it('says the period at most once in each section', () => {
    for (const d of drafts) {
      const period = d.report.narrative.period;
      let count = 0;
      let heading = '';
      const counts: [string, number][] = [];
      for (const b of narrativeBlocks(d.report.narrative)) {
        if (b.kind === 'gap' || b.kind === 'subheading') continue;
        const text = b.kind === 'item' ? b.item.text.replace(QUOTED, '') : b.text;
        if (b.kind === 'title' || b.kind === 'heading') {
          counts.push([heading, count]);
          heading = b.text;
          count = 0;
        }
        count += text.split(period).length - 1;
      }
      counts.push([heading, count]);
      expect([label(d), counts.filter(([, n]) => n > 1)]).toEqual([label(d), []]);
    }
  });

  it('uses no stock phrase more than twice in a report', () => {
    for (const d of drafts) {
      const text = d.report.narrative.text.toLowerCase();
      const overused = STOCK.map((p) => [p, text.split(p.toLowerCase()).length - 1] as const).filter(([, n]) => n > 2);
      expect([label(d), overused]).toEqual([label(d), []]);
    }
  });

  it('gives no doubled brackets and no whole number with a ".0"', () => {
    for (const d of drafts) {
      const text = d.report.narrative.text.replace(QUOTED, '');
      expect([label(d), text.match(/\)\s*\(|\(\(|\)\)/g)]).toEqual([label(d), null]);
      expect([label(d), text.match(/(?<![\d.])\d[\d,]*\.0+(?![\d])/g)]).toEqual([label(d), null]);
    }
  });

  it('gives every figure its unit', () => {
    for (const d of drafts) {
      const byId = new Map(d.report.items.map((i) => [i.indicator.id, i.indicator]));
      for (const item of itemsOf(d.report)) {
        const ind = item.indicatorId === null ? null : byId.get(item.indicatorId);
        if (!ind) continue;
        for (const c of item.cells) {
          if (c.shown === undefined || c.offset === undefined) continue;
          // "(612 of 695)": counts of people or cases, which the sentence names.
          const before = item.text.slice(Math.max(0, c.offset - 4), c.offset);
          const after = item.text.slice(c.offset + c.shown.length, c.offset + c.shown.length + 4);
          if (before.endsWith('(') || before.endsWith(' of ') || after.startsWith(' of ')) continue;
          if (/^\d+(?:st|nd|rd|th)$/.test(c.shown)) continue; // a rank
          const unit = ind.unit === 'rate' && ind.rateBase ? / per [\d,]+k?\b/ : UNIT[ind.unit];
          if (unit)
            expect([label(d), item.text, c.shown, unit.test(c.shown)]).toEqual([label(d), item.text, c.shown, true]);
        }
      }
      // In the opening, a movement's size carries its unit: "up 1.8 percentage points".
      for (const item of d.report.narrative.summary) {
        for (const m of item.text.matchAll(/\b(?:up|down) ([£€$]?[\d,.]*\d)( \S+ \S+)/g)) {
          expect([
            label(d),
            m[0],
            /^[£€$]/.test(m[1]) || /^ (?:percentage points?|days? |per |to )/.test(m[2]),
          ]).toEqual([label(d), m[0], true]);
        }
      }
    }
  });

  it('prints no number that is not in a cell the sentence cites, groups thousands, and places every figure it prints', () => {
    for (const d of drafts) {
      const r = d.report;
      const inds = r.items.map((i) => i.indicator);
      const names = inds.flatMap((i) => [
        i.name,
        subject(i).text,
        shortName(i).name,
        lowerFirst(subject(i).text),
        lowerFirst(shortName(i).name),
        i.rateBase ?? '',
        `per ${/[\d,]+k?/.exec(i.rateBase ?? '')?.[0] ?? ''}`,
      ]);
      const periods = [
        ...r.periods,
        ...inds.flatMap((i) => i.benchmarks.flatMap((b) => (b.period ? [b.period] : []))),
      ].flatMap((p) => [p.label, periodSpan(p) ?? '']);
      const allowed = [...names, ...periods, ...(r.period ? [r.period.label, periodSpan(r.period) ?? ''] : [])].filter(
        (s) => s !== '',
      );
      for (const item of itemsOf(r)) {
        for (const c of item.cells) {
          if (c.shown === undefined) continue;
          expect([
            label(d),
            item.text,
            c.shown,
            c.offset === undefined ? null : item.text.slice(c.offset, c.offset + c.shown.length),
          ]).toEqual([label(d), item.text, c.shown, c.shown]);
        }
        // A code quoted from its cell ("'#DIV/0!' in F13") is the cell's own text.
        const quoted = [...item.text.matchAll(/'[^']*' in [A-Z]+\d+/g)].map((m) => m[0]);
        const here = [...allowed, ...quoted, ...item.cells.map((c) => c.cell), 'three months earlier'];
        // Thousands are grouped: "1,234", never "1234" (years and period labels are not figures).
        let bare = item.text.replace(QUOTED, '');
        for (const x of [...here].sort((p, q) => q.length - p.length)) bare = bare.split(x).join(' ');
        expect([label(d), item.text, bare.match(/(?<![\d,.])\d{4,}/g)]).toEqual([label(d), item.text, null]);
        if (item.indicatorId !== null) {
          const divisor = inds.find((i) => i.id === item.indicatorId)?.displayDivisor ?? 1;
          expect([label(d), item.text, untracedNumbers(item, here, divisor)]).toEqual([label(d), item.text, []]);
          continue;
        }
        // The opening: counts of indicators, and movements worked out from the cells it cites.
        // A figure written as text with a mark ("49.1% (p)") counts for the numbers in it, as in untracedNumbers.
        const values = item.cells.flatMap((c) =>
          typeof c.value === 'number'
            ? [c.value, c.value * 100]
            : typeof c.value === 'string'
              ? numbersIn(c.value).map((n) => n.value)
              : [],
        );
        let text = item.text;
        for (const a of [...here].sort((x, y) => y.length - x.length)) text = text.split(a).join(' ');
        for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)(?= (?:per cent|percentage points?|days?|per \d)|%)/g)) {
          const n = numbersIn(m[1])[0];
          const near = (x: number) => Math.abs(Math.abs(x) - n.value) <= 0.5 * 10 ** -n.decimals + 1e-9;
          const traced = values.some(near) || values.some((a) => values.some((b) => near(a - b)));
          expect([label(d), item.text, m[1], traced]).toEqual([label(d), item.text, m[1], true]);
        }
      }
    }
  });
});

describe('periodSpan, for a year to date', () => {
  it('names the month a year to date runs to, or the year so far', () => {
    expect(periodSpan(ytdPeriod(2023, { quarter: 3 }))).toBe('the year to December 2023');
    expect(periodSpan(ytdPeriod(2023, { quarter: 4 }))).toBe('the year to March 2024');
    expect(periodSpan(ytdPeriod(2023, { month: 2 }))).toBe('the year to February 2024');
    expect(periodSpan(ytdPeriod(2023, { month: 8 }))).toBe('the year to August 2023');
    expect(periodSpan(ytdPeriod(2023))).toBe('2023/24 so far');
  });
});
