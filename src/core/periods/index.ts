/** Reporting periods in UK financial years (Q1 = April–June): reading headers, ordering, finding. */
export { excelSerialToDate, dateToExcelSerial, isDateFormat, type CalendarDate } from './excelDate';
export {
  financialYearLabel,
  financialYearOfMonth,
  monthName,
  monthPeriod,
  quarterOfMonth,
  quarterPeriod,
  yearPeriod,
  ytdPeriod,
} from './makePeriod';
export { findFinancialYear, readPeriodTokens, type PeriodTokens } from './periodTokens';
export { parsePeriodHeader, periodFromSerial, periodFromTokens, type PeriodContext } from './parsePeriod';
export { comparePeriods, findPeriod, previousPeriod, samePeriod, samePeriodLastYear } from './periodOrder';
