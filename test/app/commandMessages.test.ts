import { refreshMessage } from '../../src/app/commandMessages';

describe('refreshMessage', () => {
  it('counts what was rated, mentions the rest, and names label cells left alone', () => {
    expect(refreshMessage('Q2 2021/22', { green: 8, amber: 4, red: 3, noTarget: 4, noData: 1 }, [])).toBe(
      'Rated 15 indicators for Q2 2021/22: 8 green, 4 amber, 3 red. 5 others have no target or no data this period.',
    );
    expect(refreshMessage('Q1 2021/22', { green: 1, amber: 0, red: 0, noTarget: 1, noData: 0 }, ['Scorecard!P7'])).toBe(
      'Rated 1 indicator for Q1 2021/22: 1 green, 0 amber, 0 red. 1 other has no target or no data this period. 1 label cell held your own content and was left alone (Scorecard!P7).',
    );
    expect(
      refreshMessage('Q1 2021/22', { green: 2, amber: 0, red: 0, noTarget: 0, noData: 0 }, [
        'S!P1',
        'S!P2',
        'S!P3',
        'S!P4',
      ]),
    ).toContain('4 label cells held your own content and were left alone (S!P1, S!P2, S!P3 and others).');
  });

  it('says those not rated until a cell is checked apart from those with no target', () => {
    // A target cell holding a date is no missing target: the officer has a cell to check.
    expect(refreshMessage('Q2 2024/25', { green: 2, amber: 1, red: 0, noTarget: 1, noData: 0, toCheck: 1 }, [])).toBe(
      'Rated 3 indicators for Q2 2024/25: 2 green, 1 amber, 0 red. 1 other has no target or no data this period. 1 more is not rated until a cell is checked.',
    );
    expect(refreshMessage('Q2 2024/25', { green: 2, amber: 0, red: 0, noTarget: 0, noData: 0, toCheck: 2 }, [])).toBe(
      'Rated 2 indicators for Q2 2024/25: 2 green, 0 amber, 0 red. 2 more are not rated until a cell is checked.',
    );
  });

  it('says progress reported in words apart from no data', () => {
    expect(refreshMessage('Q3 2024/25', { green: 1, amber: 0, red: 0, noTarget: 0, noData: 0, inWords: 3 }, [])).toBe(
      'Rated 1 indicator for Q3 2024/25: 1 green, 0 amber, 0 red. 3 others report their progress in words.',
    );
    expect(refreshMessage('Q3 2024/25', { green: 1, amber: 0, red: 0, noTarget: 1, noData: 1, inWords: 1 }, [])).toBe(
      'Rated 1 indicator for Q3 2024/25: 1 green, 0 amber, 0 red. 2 others have no target or no data this period, and 1 reports its progress in words.',
    );
  });
});
