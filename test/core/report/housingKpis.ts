import type { SheetGrid } from '../../../src/core/values/types';

/**
 * A housing scorecard with its own RAG column. Q2: K1 97.5 against 98 (higher is better) is within
 * 5 per cent, amber; K2 29 days against 28 (lower is better) is within 5 per cent, amber; K3 80
 * against 100 is red. The sheet says G, Amber and On target.
 */
export const housingKpis: SheetGrid = {
  name: 'KPIs',
  values: [
    ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2023/24', 'Q2 2023/24', 'RAG'],
    ['K1', '% of rent collected', 'Higher', 98, 97.9, 97.5, 'G'],
    ['K2', 'Average days to re-let council homes', 'Lower', 28, 31, 29, 'Amber'],
    ['K3', 'Number of homelessness preventions', 'Higher', 100, 90, 80, 'On target'],
  ],
};
