/**
 * Reporting periods (UK financial years: Q1 = April–June, … Q4 = January–March).
 */

export type PeriodKind = 'quarter' | 'month' | 'year' | 'ytd' | 'term';

export interface Period {
  readonly kind: PeriodKind;
  /** Calendar year in which the financial year starts: 2021 for 2021/22. */
  readonly fyStart: number;
  /** 1–4 for quarters (and for months, the quarter they fall in). */
  readonly quarter: number | null;
  /** Calendar month 1–12 for month periods (December = 12). */
  readonly month: number | null;
  /** How the narrative names it: "Q3 2021/22", "December 2021", "2021/22", "2021/22 year to date". */
  readonly label: string;
  /**
   * Month index of the period's last month, counted from April 2000 = 0; orders periods and finds
   * "the same point last year" (sortKey − 12). Year periods end in March; YTD ends where stated or
   * is ordered after the year's quarters when nothing says.
   */
  readonly sortKey: number;
  /**
   * True for a school's academic year, September to August ("2023/24 (AY)", "Academic year 2023/24"),
   * a 'year' whose `fyStart` is the calendar year it starts in and which ends in August.
   */
  readonly academic?: true;
  /**
   * True for a calendar year, January to December ("2022 | 2023 | 2024 (provisional)", as results
   * published by calendar year are headed): a 'year' whose `fyStart` is that year, ending in December.
   */
  readonly calendar?: true;
  /**
   * True for a rolling year, "12 months to September 2024": a 'year' ending in the month its header
   * names (`sortKey`), of the financial year that month falls in (`fyStart`).
   */
  readonly rolling?: true;
  /**
   * For a school term ('term', always `academic`): 1 autumn (September to December), 2 spring
   * (January to March), 3 summer (April to July), of the academic year starting in `fyStart`.
   */
  readonly term?: 1 | 2 | 3;
  /**
   * For years pooled ("2021 - 23", "2021/22 - 23/24", as public health figures are given over three
   * years): how many, a 'year' whose `fyStart` is the last one's (calendar where `calendar`). Its
   * `sortKey` is half a month before the last year's end, so that it is never taken for that year
   * alone, and sorts just before it.
   */
  readonly pooled?: number;
}
