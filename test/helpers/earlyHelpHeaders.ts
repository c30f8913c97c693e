/**
 * The first headers of an early help and children's social care monthly performance report ("Early
 * Help and Family Engagement Monthly Performance Report, as at month end March 2017"), as written:
 * the names under a header that says which indicators follow, the polarity abbreviated, a
 * "MEASURE" column of units, then the months.
 */
export const EARLY_HELP_HEADERS = [
  'NO.',
  "INDICATORS - EARLY HELP & CHILDREN'S SOCIAL CARE BOROUGH WIDE",
  'GOOD PERF IS',
  'MEASURE',
  'Jan-17',
  'Feb-17',
  'Mar-17',
] as const;
