import { figuresPeriodInText, parsePeriodHeader } from '../../../src/core/periods/parsePeriod';
import type { Period } from '../../../src/core/periods/types';
import { periodBefore, yearPeriod } from '../../../src/core/periods/makePeriod';
import { comparePeriods, samePeriod } from '../../../src/core/periods/periodOrder';

/** The parts a reader checks: kind, year, label and where it sorts. */
function summary(p: Period | null): string | null {
  return p && `${p.kind} | ${p.fyStart} | q${p.quarter ?? '-'} | m${p.month ?? '-'} | ${p.label} | ${p.sortKey}`;
}

describe('parsePeriodHeader: quarters', () => {
  it.each([
    'Q3 2021/22',
    'Q3 21/22',
    '2021/22 Q3',
    'Q3 2021-22',
    'Qtr 3 2021/22',
    'Quarter 3 2021/22',
    'q3 2021/2022',
    'Q3\n2021/22',
    '  Q3   2021/22 ',
    'Qtr. 3 2021–22',
    '3rd quarter 2021/22',
    'Q3 2021/22 actual',
    'Q3 FY21/22',
    'Quarter 3 (October–December) 2021/22',
    'Oct-Dec 21',
  ])('%j is Q3 2021/22, ending December 2021', (header) =>
    expect(summary(parsePeriodHeader(header))).toBe('quarter | 2021 | q3 | m- | Q3 2021/22 | 260'),
  );

  it('places Q1 in April–June and Q4 in January–March', () => {
    expect(parsePeriodHeader('Q1 2021/22')?.sortKey).toBe(254); // June 2021
    expect(parsePeriodHeader('Q4 2021/22')?.sortKey).toBe(263); // March 2022
    expect(parsePeriodHeader('Jan-Mar 2022')?.label).toBe('Q4 2021/22');
  });

  it('reads the quarter the committee minutes name', () => {
    expect(parsePeriodHeader('Quarter 2 (July-September) 2019/20')?.label).toBe('Q2 2019/20');
  });

  it('needs a year: alone, "Q3" and "Quarter 3" are not periods', () => {
    expect(parsePeriodHeader('Q3')).toBeNull();
    expect(parsePeriodHeader('Quarter 3')).toBeNull();
  });

  it('takes the year from the context when the header names none', () => {
    expect(parsePeriodHeader('Q3', null, { fyStart: 2021 })?.label).toBe('Q3 2021/22');
    expect(parsePeriodHeader('Quarter 3', null, { fyStart: 2020 })?.label).toBe('Q3 2020/21');
  });

  it('prefers the year in the header to the context', () => {
    expect(parsePeriodHeader('Q3 2021/22', null, { fyStart: 2019 })?.fyStart).toBe(2021);
  });

  it('does not guess which quarter "Q3 2021" means', () => {
    expect(parsePeriodHeader('Q3 2021')).toBeNull();
  });
});

describe('parsePeriodHeader: months', () => {
  it.each(['Dec-21', 'Dec 21', 'December 2021', 'dec-2021', "Dec '21", 'Dec-21 outturn'])(
    '%j is December 2021, in Q3 2021/22',
    (header) => expect(summary(parsePeriodHeader(header))).toBe('month | 2021 | q3 | m12 | December 2021 | 260'),
  );

  it('reads Sep-2021 and Sept 21 as September 2021', () => {
    expect(parsePeriodHeader('Sep-2021')?.label).toBe('September 2021');
    expect(parsePeriodHeader('Sept 21')?.label).toBe('September 2021');
  });

  it('puts January to March in the financial year that started the April before', () => {
    expect(summary(parsePeriodHeader('Jan-22'))).toBe('month | 2021 | q4 | m1 | January 2022 | 261');
    expect(summary(parsePeriodHeader('Mar-22'))).toBe('month | 2021 | q4 | m3 | March 2022 | 263');
    expect(summary(parsePeriodHeader('Apr-22'))).toBe('month | 2022 | q1 | m4 | April 2022 | 264');
  });

  it('reads a date serial with a date format as its month', () => {
    expect(summary(parsePeriodHeader(44531, 'mmm-yy'))).toBe('month | 2021 | q3 | m12 | December 2021 | 260');
    expect(parsePeriodHeader(44561, 'dd/mm/yyyy')?.label).toBe('December 2021'); // 31 December 2021
  });

  it('does not read a number without a date format', () => {
    expect(parsePeriodHeader(44531, 'General')).toBeNull();
    expect(parsePeriodHeader(44531)).toBeNull();
    expect(parsePeriodHeader(2021)).toBeNull();
  });

  it('reads a month name alone only with a year from the context', () => {
    expect(parsePeriodHeader('Dec')).toBeNull();
    expect(parsePeriodHeader('Dec', null, { fyStart: 2021 })?.label).toBe('December 2021');
    expect(parsePeriodHeader('Feb', null, { fyStart: 2021 })?.label).toBe('February 2022');
  });
});

describe('parsePeriodHeader: years and year to date', () => {
  it.each(['2014/15', '2014-15', '2014/2015', 'FY 2014/15', '14/15', 'Financial year 2014/15', '2014/15 outturn'])(
    '%j is the year 2014/15, ending March 2015',
    (header) => expect(summary(parsePeriodHeader(header))).toBe('year | 2014 | q- | m- | 2014/15 | 179'),
  );

  // Enfield's customer service commitments head their figures "Performance (1 April 2018 to 31 March 2019)".
  it.each([
    ['Performance (1 April 2018 to 31 March 2019)', '2018/19'],
    ['April 2018 to March 2019', '2018/19'],
    ['1 April 2018 - 31 March 2019', '2018/19'],
    ['1 July - 30 September 2024', 'Q2 2024/25'],
    ['1 January to 31 March 2025', 'Q4 2024/25'],
  ])('reads the range of dates %j as %s', (header, label) => {
    expect(parsePeriodHeader(header)?.label).toBe(label);
  });

  it('reads no period from a range that is neither a quarter, a year to date nor a financial year', () => {
    expect(parsePeriodHeader('April 2018 to March 2020')).toBeNull();
    // The second half of a year is not a year to date, nor a quarter.
    expect(parsePeriodHeader('Oct to Mar 2024/25')).toBeNull();
    expect(parsePeriodHeader('1 October 2024 to 31 March 2025')).toBeNull();
  });

  // Mid-year reports, and Scottish councils' quarterly ones, head the year so far by its months.
  it.each([
    ['Apr to Sep 2024/25', 'ytd | 2024 | q2 | m- | Q2 2024/25 year to date | 293'],
    ['April to September 2024/25', 'ytd | 2024 | q2 | m- | Q2 2024/25 year to date | 293'],
    ['Apr-Sep 24/25', 'ytd | 2024 | q2 | m- | Q2 2024/25 year to date | 293'],
    ['1 April 2018 to 30 September 2018', 'ytd | 2018 | q2 | m- | Q2 2018/19 year to date | 221'],
    ['April to December 2024', 'ytd | 2024 | q3 | m- | Q3 2024/25 year to date | 296'],
    ['Apr - Dec 24', 'ytd | 2024 | q3 | m- | Q3 2024/25 year to date | 296'],
    ['Apr to Nov 2024/25', 'ytd | 2024 | q3 | m11 | November 2024 year to date | 295'],
  ])('reads the months from April %j as the year to date', (header, expected) => {
    expect(summary(parsePeriodHeader(header))).toBe(expected);
  });

  it('reads April to June as the quarter, and April to March as the whole year', () => {
    expect(parsePeriodHeader('Apr-Jun 2024')?.label).toBe('Q1 2024/25');
    expect(parsePeriodHeader('1 April - 30 June 2024')?.label).toBe('Q1 2024/25');
    expect(summary(parsePeriodHeader('April to March 2024/25'))).toBe('year | 2024 | q- | m- | 2024/25 | 299');
    expect(summary(parsePeriodHeader('Apr-Mar 24/25'))).toBe('year | 2024 | q- | m- | 2024/25 | 299');
  });

  it('reads the months from April without a year only where the table names the year', () => {
    expect(parsePeriodHeader('Apr to Sep')).toBeNull();
    expect(parsePeriodHeader('Apr to Sep', null, { fyStart: 2024 })?.label).toBe('Q2 2024/25 year to date');
  });

  it('rejects years that do not follow on', () => {
    expect(parsePeriodHeader('2014/16')).toBeNull();
    // (A date is no financial year: "01/12/2021" is the first of December, read below.)
    expect(parsePeriodHeader('01/12/2021')?.label).toBe('December 2021');
  });

  it('reads year to date, ordered at the year end when no end is named', () => {
    expect(summary(parsePeriodHeader('2021/22 YTD'))).toBe('ytd | 2021 | q- | m- | 2021/22 year to date | 263');
    expect(parsePeriodHeader('Year to date 2021/22')?.label).toBe('2021/22 year to date');
  });

  it('reads year to date to a quarter', () => {
    expect(summary(parsePeriodHeader('YTD Q2 2021/22'))).toBe('ytd | 2021 | q2 | m- | Q2 2021/22 year to date | 257');
  });

  it('needs a year for YTD alone', () => {
    expect(parsePeriodHeader('YTD')).toBeNull();
    expect(parsePeriodHeader('YTD', null, { fyStart: 2021 })?.label).toBe('2021/22 year to date');
  });
});

describe('parsePeriodHeader: not periods', () => {
  it.each([
    'Target 2021/22',
    'Q3 RAG',
    'England 2020/21',
    'Indicator',
    'Number of children in care',
    '',
    '   ',
    'Q1 December 2021',
    'Dec-21 2022/23',
    'Q4 forecast',
  ])('%j is not a period', (header) => expect(parsePeriodHeader(header)).toBeNull());

  it('ignores booleans, errors and blanks', () => {
    expect(parsePeriodHeader(true)).toBeNull();
    expect(parsePeriodHeader({ error: '#N/A' })).toBeNull();
    expect(parsePeriodHeader(null)).toBeNull();
  });
});

describe('figuresPeriodInText: the period of the figures under a title, or on a sheet named so', () => {
  it.each([
    ['Corporate performance report, Quarter 2 2024/25', 'Q2 2024/25'],
    ['Appendix A Council Business Plan Measures - Adult Care - Quarter 3 2016/17', 'Q3 2016/17'],
    ['KPI scorecard Q3 2023/24 (October to December 2023)', 'Q3 2023/24'],
    ['Quarter 2 (July-September) 2024/25', 'Q2 2024/25'],
    ['July to September 2024', 'Q2 2024/25'],
    ['Quarter ending September 2024', 'Q2 2024/25'],
    ['Monthly report: September 2024', 'September 2024'],
    ['Scorecard 2023/24', '2023/24'],
    ['Q2 2024-25', 'Q2 2024/25'],
  ])('%p → %s', (text, label) => {
    expect(figuresPeriodInText(text)?.label).toBe(label);
  });

  it.each([
    ['Top 10 KPIs'],
    ['Performance report 2024'], // a calendar year alone says no financial year
    ['Q1 December 2024'], // parts that disagree
    ['Year to date Q2 2024/25'],
    ['Last updated 12 March 2025'], // dates the sheet, not its figures
    ['Updated March 2025'],
    ['Position as at 30 September 2024'],
    ['Published: 1st April 2025'],
  ])('%p names no period of figures', (text) => {
    expect(figuresPeriodInText(text)).toBeNull();
  });
});

// Budget monitoring counts the financial year's months from April: "Period 6" is September.
describe('a finance period', () => {
  it.each([
    ['Period 1 2024/25', 'April 2024'],
    ['Period 6 2024/25', 'September 2024'],
    ['Period 10 2024/25', 'January 2025'],
    ['Period 12 2024/25', 'March 2025'],
    ['Month 6 2023/24', 'September 2023'],
    // Budget monitoring and finance dashboards shorten it: "P6 24/25", "P06 2024/25", "Per 9 2024/25".
    ['P6 24/25', 'September 2024'],
    ['P06 2024/25', 'September 2024'],
    ['P12 2024/25', 'March 2025'],
    ['Per 9 2024/25', 'December 2024'],
    ['P1 2024/25 (provisional)', 'April 2024'],
  ])('%p is %p', (header, label) => expect(parsePeriodHeader(header)?.label).toBe(label));

  it('takes its year from the context where it names none', () => {
    expect(parsePeriodHeader('Period 4', null, { fyStart: 2024 })?.label).toBe('July 2024');
  });

  it.each([
    'Period 13 2024/25',
    'Rolling 12 months',
    '12 month rolling',
    'Period 0 2024/25',
    // A year of thirteen four-week periods has no month for them.
    'P13 2024/25',
    'P0 2024/25',
    // A provisional mark, not a period.
    '2024/25 (p) 6',
  ])('%p is no period', (h) => expect(parsePeriodHeader(h)).toBeNull());
});

// Kent's quarterly report heads its figures "Latest Quarter (Jul–Sep 24)" beside "Previous Year
// (Jul–Sep 23)": the latest was skipped, and the report was on the year before.
describe('a quarter named with what it is to the report', () => {
  it.each([
    ['Latest Quarter (Jul–Sep 24)', 'Q2 2024/25'],
    ['Current Quarter (Jul–Sep 24)', 'Q2 2024/25'],
    ['This quarter (Q2 2024/25)', 'Q2 2024/25'],
    ['Quarter ending June 2024', 'Q1 2024/25'],
    ['Qtr to Dec 24', 'Q3 2024/25'],
  ])('%p is %p', (header, label) => expect(parsePeriodHeader(header)?.label).toBe(label));

  it.each(['Latest quarter', 'This quarter', 'Quarter ending May 2024'])('%p alone is no period', (h) =>
    expect(parsePeriodHeader(h)).toBeNull(),
  );
});

describe('parsePeriodHeader: rolling years', () => {
  it.each([
    ['12 months to Sep 2024', '12 months to September 2024', 2024],
    ['12 months to Sep-24', '12 months to September 2024', 2024],
    ['Rolling 12 months ending March 2024', '12 months to March 2024', 2023],
    ['Current (12 months to Sep 2024)', '12 months to September 2024', 2024],
  ])('%p is %p', (header, label, fyStart) => {
    const p = parsePeriodHeader(header);
    expect(p ? { label: p.label, fyStart: p.fyStart, kind: p.kind } : null).toEqual(
      label === null ? null : { label, fyStart, kind: 'year' },
    );
  });

  it('ends in the month it names, a year after the one before it', () => {
    const now = parsePeriodHeader('12 months to Sep 2024')!;
    const before = parsePeriodHeader('12 months to Sep 2023')!;
    expect(now.sortKey - before.sortKey).toBe(12);
    expect(periodBefore(now)).toEqual(before);
    // Twelve months to March are the financial year.
    expect(parsePeriodHeader('12 months to Mar 2024')!.sortKey).toBe(yearPeriod(2023).sortKey);
  });
});

describe('years pooled, as public health figures are given over three years ("2021 - 23")', () => {
  // Fingertips gives a rate of deaths or of births over three calendar years ("2021 - 23") or three
  // financial years ("2021/22 - 23/24"), in a table's Period column or a trend's headers of years.
  it.each([
    ['2021 - 23', '2021 to 2023', 3],
    ['2021-23', '2021 to 2023', 3],
    ['2019 – 2023', '2019 to 2023', 5],
    ['2021/22 - 23/24', '2021/22 to 2023/24', 3],
    ['2021/22 - 2023/24', '2021/22 to 2023/24', 3],
  ])('%p, where years stand alone, is %p', (text, label, years) => {
    const p = parsePeriodHeader(text, null, { calendarYears: true });
    expect(p && { label: p.label, kind: p.kind, pooled: p.pooled }).toEqual({ label, kind: 'year', pooled: years });
  });

  it('is read only where years stand alone: not as a column header elsewhere', () => {
    expect(parsePeriodHeader('2021 - 23')).toBeNull();
    // Two years in a row are a financial year, as before.
    expect(parsePeriodHeader('2021 - 22', null, { calendarYears: true })?.label).toBe('2021/22');
    // A span that runs backwards, or whose financial years are not each a year, is none.
    expect(parsePeriodHeader('2023 - 21', null, { calendarYears: true })).toBeNull();
    expect(parsePeriodHeader('2021/23 - 23/25', null, { calendarYears: true })).toBeNull();
  });

  it('is never taken for the single year it ends with, and follows the window a year before', () => {
    const pooled = parsePeriodHeader('2021 - 23', null, { calendarYears: true })!;
    const single = parsePeriodHeader('2023', null, { calendarYears: true })!;
    expect(samePeriod(pooled, single)).toBe(false);
    // Ordered just before the year it ends with: a report on 2023 and 2021 to 2023 is on 2023.
    expect(comparePeriods(pooled, single)).toBeLessThan(0);
    expect(periodBefore(pooled)?.label).toBe('2020 to 2022');
    const fy = parsePeriodHeader('2021/22 - 23/24', null, { calendarYears: true })!;
    expect(samePeriod(fy, yearPeriod(2023))).toBe(false);
    expect(periodBefore(fy)?.label).toBe('2020/21 to 2022/23');
  });
});

// Quarters and rolling years headed by the months they span, each with its year ("Apr 24 - Jun 24",
// "Oct 2023 - Sep 2024"), as a dashboard exported from a case system heads them; years to date
// headed by the quarters they span or as half a year ("Q1-Q2 2024/25", "H1 2024/25"); and a
// snapshot's date written out ("As at 30/09/2024", "31 March 2024"), read as the month a date
// cell in its place is read as.
describe('periods headed by the months or quarters they span, or by a date', () => {
  it.each([
    ['Apr 24 - Jun 24', 'quarter', 'Q1 2024/25'],
    ['Jul 24 - Sep 24', 'quarter', 'Q2 2024/25'],
    ['Oct-24 - Dec-24', 'quarter', 'Q3 2024/25'],
    ['Jan 25 – Mar 25', 'quarter', 'Q4 2024/25'],
    ['Jul 2024 to Sep 2024', 'quarter', 'Q2 2024/25'],
    ['Apr 24 - Sep 24', 'ytd', 'Q2 2024/25 year to date'],
    ['Apr 24 - Nov 24', 'ytd', 'November 2024 year to date'],
    ['Apr 23 - Mar 24', 'year', '2023/24'],
    ['Oct 23 - Sep 24', 'year', '12 months to September 2024'],
    ['Oct 2023 - Sep 2024', 'year', '12 months to September 2024'],
    ['Jan 24 - Dec 24', 'year', '12 months to December 2024'],
    ['January 2018 to December 2018', 'year', '12 months to December 2018'],
    ['Rolling 12 months (Oct 23 - Sep 24)', 'year', '12 months to September 2024'],
    ['Q1-Q2 2024/25', 'ytd', 'Q2 2024/25 year to date'],
    ['Q1 - Q3 2024/25', 'ytd', 'Q3 2024/25 year to date'],
    ['Q1 to Q4 2024/25', 'year', '2024/25'],
    ['H1 2024/25', 'ytd', 'Q2 2024/25 year to date'],
    ['Mid-year 2024/25', 'ytd', 'Q2 2024/25 year to date'],
    ['First half 2024/25', 'ytd', 'Q2 2024/25 year to date'],
    ['30 Sep 2024', 'month', 'September 2024'],
    ['30-Sep-24', 'month', 'September 2024'],
    ['31st March 2024', 'month', 'March 2024'],
    ['As at 30/09/2024', 'month', 'September 2024'],
    ['Snapshot 30.09.24', 'month', 'September 2024'],
    ['Position at 1/4/2024', 'month', 'April 2024'],
    ['31/03/99', 'month', 'March 1999'],
  ])('%p is %s %p', (header, kind, label) => {
    const p = parsePeriodHeader(header);
    expect(p && { kind: p.kind, label: p.label }).toEqual({ kind, label });
  });

  it('places each where the same period written the usual way sorts', () => {
    const same = (a: string, b: string) => expect(samePeriod(parsePeriodHeader(a)!, parsePeriodHeader(b)!)).toBe(true);
    same('Jul 24 - Sep 24', 'Q2 2024/25');
    same('Oct 23 - Sep 24', '12 months to Sep 2024');
    same('H1 2024/25', 'Q2 2024/25 YTD');
    same('As at 30/09/2024', 'Sep-24');
  });

  it.each([
    'Jul 24 - Aug 24', // two months: no period of ours
    'Jul 24 - Sep 25', // fifteen months
    'Oct 22 - Sep 24', // two years
    'Q2-Q3 2024/25', // not from the year's start
    'H2 2024/25', // October to March: no year to date
    'Rolling 12 months Q2 2024/25', // a rolling year is not a quarter
    '31/13/2024', // no thirteenth month
    '32 Sep 2024',
    'Week ending 6 Sep 2024',
    'Team 4 Sep 2024', // a number before a month is a day only where the header is a date
    'Mid-year 2023', // a population's mid-year estimate, perhaps: no financial year named
  ])('%p is no period', (header) => expect(parsePeriodHeader(header)).toBeNull());

  it('takes the year from the context where a span or half names none', () => {
    expect(parsePeriodHeader('Q1-Q2', null, { fyStart: 2024 })?.label).toBe('Q2 2024/25 year to date');
    expect(parsePeriodHeader('H1', null, { fyStart: 2024 })?.label).toBe('Q2 2024/25 year to date');
  });
});
