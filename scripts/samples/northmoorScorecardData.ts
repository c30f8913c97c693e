/**
 * The indicators of Northmoor's Children's Services scorecard, Q2 2020/21 to Q2 2021/22.
 * Percentages follow the sheet's history: some rows hold fractions shown as "0.0%", others
 * 0–100 numbers whose unit is the "%" in the indicator's name.
 */
import { COUNT, ONE_DP, PERCENT } from '../lib/workbook';

type Cell = number | string | null;

/** One indicator row of the Scorecard sheet. */
export interface ScorecardIndicator {
  readonly ref: string;
  readonly name: string;
  readonly goodIs: string;
  readonly target: Cell;
  /** Q2 2020/21, Q3 2020/21, Q4 2020/21, Q1 2021/22, Q2 2021/22. */
  readonly values: readonly [Cell, Cell, Cell, Cell, Cell];
  readonly statNeighbours?: number;
  readonly england?: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly frequency: 'Quarterly' | 'Annual';
  /** Number format of the target, quarter and benchmark cells. */
  readonly format: string;
  readonly commentary?: string;
  /** What the service is doing about it (the "Action plan" column). */
  readonly actions?: string;
}

/** A section heading (a string) or an indicator, in sheet order. */
export type ScorecardLine = string | ScorecardIndicator;

export const scorecardLines: readonly ScorecardLine[] = [
  'Front Door',
  { ref: 'CSC01', name: 'Number of contacts received', goodIs: 'n/a', target: 'Context', values: [2845, 3012, 2790, 3105, 3240], frequency: 'Quarterly', format: COUNT,
    commentary: 'Contacts remain above the 2020/21 quarterly average; schools returned in September.' },
  { ref: 'CSC02', name: '% of contacts with a decision within 1 working day', goodIs: 'Higher', target: 95, values: [89.2, 90.5, 92.8, 93.1, 91.5], numerator: 2965, denominator: 3240, frequency: 'Quarterly', format: ONE_DP,
    commentary: 'Dip reflects the rise in contacts in September.' },
  { ref: 'CSC03', name: '% of referrals that were re-referrals within 12 months', goodIs: 'Lower', target: 0.22, values: [0.243, 0.228, 0.219, 0.214, 0.208], statNeighbours: 0.221, england: 0.226, numerator: 73, denominator: 351, frequency: 'Quarterly', format: PERCENT },
  { ref: 'CSC04', name: '% of referrals resulting in no further action', goodIs: 'Within range', target: '10-15%', values: [0.168, 0.159, 0.152, 0.161, 0.137], statNeighbours: 0.124, england: 0.135, numerator: 48, denominator: 351, frequency: 'Quarterly', format: PERCENT,
    commentary: 'Back within the expected range after the threshold workshops with partners.' },
  'Assessment',
  { ref: 'CSC05', name: '% of assessments completed within 45 working days', goodIs: 'Higher', target: 85, values: [78.2, 81.5, 84.0, 86.3, 88.1], statNeighbours: 84.9, england: 87.6, numerator: 612, denominator: 695, frequency: 'Quarterly', format: ONE_DP },
  { ref: 'CSC06', name: 'Average length of assessment (working days)', goodIs: 'Lower', target: 35, values: [39.4, 38.0, 37.1, 38.2, 36.5], frequency: 'Quarterly', format: ONE_DP },
  'Child Protection',
  { ref: 'CSC07', name: '% of initial child protection conferences held within 15 working days of the strategy discussion', goodIs: 'Higher', target: 0.9, values: [0.835, 0.861, 0.792, 0.804, 0.712], statNeighbours: 0.78, england: 0.787, numerator: 52, denominator: 73, frequency: 'Quarterly', format: PERCENT,
    commentary: 'Conference chair vacancies in August; two agency chairs start in October.',
    actions: 'Service manager tracks every conference date weekly until the new chairs are in post.' },
  { ref: 'CSC08', name: '% of child protection visits completed within 10 working days', goodIs: 'Higher', target: 95, values: [91.2, 92.6, 94.1, 93.4, 'TBC'], frequency: 'Quarterly', format: ONE_DP,
    commentary: 'Q2 figure awaiting validation after the case management system upgrade.' },
  { ref: 'CSC09', name: '% of child protection plans lasting 2 years or more (at the point of closure)', goodIs: 'Lower', target: 0.035, values: [0.048, 0.044, 0.039, 0.041, 0.035], statNeighbours: 0.036, england: 0.036, numerator: 7, denominator: 200, frequency: 'Quarterly', format: PERCENT },
  { ref: 'CSC10', name: '% of children becoming subject to a child protection plan for a second or subsequent time', goodIs: 'Lower', target: 20, values: [19.4, 21.0, 20.5, 21.8, 23.4], statNeighbours: 22.1, england: 22.1, numerator: 22, denominator: 94, frequency: 'Quarterly', format: ONE_DP,
    commentary: 'Audit of repeat plans commissioned; findings to the November board.',
    actions: 'Step-down decisions reviewed by a senior practitioner from October.' },
  'Children in Care',
  { ref: 'CSC11', name: 'Number of children in care', goodIs: 'n/a', target: 'Context', values: [412, 418, 425, 431, 436], frequency: 'Quarterly', format: COUNT },
  { ref: 'CSC12', name: 'Rate of children in care per 10,000 children aged under 18', goodIs: 'n/a', target: 'Context', values: [68.2, 69.2, 70.4, 71.4, 72.2], statNeighbours: 75.0, england: 67.0, frequency: 'Quarterly', format: ONE_DP },
  { ref: 'CSC13', name: '% of children in care with 3 or more placements in the last 12 months', goodIs: 'Lower', target: 0.09, values: [0.102, 0.095, 0.091, 0.094, 0.096], statNeighbours: 0.1, england: 0.09, numerator: 42, denominator: 436, frequency: 'Quarterly', format: PERCENT, actions: 'N/A' },
  { ref: 'CSC14', name: '% of children in care for 2.5 years or more in the same placement for at least 2 years', goodIs: 'Higher', target: 0.7, values: [0.662, 0.671, 0.679, 0.684, 0.684], statNeighbours: 0.69, england: 0.7, numerator: 93, denominator: 136, frequency: 'Quarterly', format: PERCENT },
  { ref: 'CSC15', name: '% of children in care with an up-to-date health assessment', goodIs: 'Higher', target: 90, values: [84.1, 85.7, 87.9, 86.0, 88.3], statNeighbours: 89.0, england: 91.0, numerator: 385, denominator: 436, frequency: 'Quarterly', format: ONE_DP, actions: 'Health partners add two clinics a month from November.' },
  { ref: 'CSC16', name: '% of children in care for 12 months or more with an up-to-date dental check', goodIs: 'Higher', target: 80, values: [null, null, 52.7, null, null], statNeighbours: 45.2, england: 40.0, frequency: 'Annual', format: ONE_DP,
    commentary: 'Reported annually from the year-end return; 2020/21 affected by dental practice closures.' },
  { ref: 'CSC17', name: 'Average days between a child entering care and moving in with its adoptive family (3-year average)', goodIs: 'Lower', target: 426, values: [452, 441, 430, 415, 398], statNeighbours: 467, england: 367, frequency: 'Quarterly', format: COUNT },
  { ref: 'CSC18', name: '% of children adopted who waited less than 14 months between entering care and moving in with their adoptive family', goodIs: 'Higher', target: 0.6, values: [0.5, 0.556, 0.625, 0.667, 0.714], numerator: 5, denominator: 7, frequency: 'Quarterly', format: PERCENT,
    commentary: 'Small numbers: 5 of 7 children adopted in the quarter.' },
  'Care Leavers',
  { ref: 'CSC19', name: '% of care leavers aged 19–21 in education, employment or training', goodIs: 'Higher', target: 0.55, values: [0.534, 0.529, 0.541, 0.521, 0.508], statNeighbours: 0.52, england: 0.52, numerator: 64, denominator: 126, frequency: 'Quarterly', format: PERCENT,
    commentary: 'Apprenticeship offer with the council\'s own services relaunched in October.',
    actions: 'Personal advisers to contact every young person not in education, employment or training by December.' },
  { ref: 'CSC20', name: '% of care leavers aged 19–21 not in education, employment or training', goodIs: 'Lower', target: 38, values: [41.3, 42.0, 39.9, 40.2, 39.7], statNeighbours: 40.0, england: 38.0, numerator: 50, denominator: 126, frequency: 'Quarterly', format: ONE_DP },
  { ref: 'CSC21', name: '% of care leavers aged 17–18 in suitable accommodation', goodIs: 'Higher', target: 0.95, values: [0.917, 0.889, 0.933, 0.9, 'c'], frequency: 'Quarterly', format: PERCENT,
    commentary: 'Suppressed: fewer than five young people in the cohort this quarter.' },
  { ref: 'CSC22', name: '% of care leavers with an up-to-date pathway plan', goodIs: 'Higher', target: 0.95, values: [0.88, 0.91, 0.93, 0.95, 0.962], numerator: 227, denominator: 236, frequency: 'Quarterly', format: PERCENT },
];
