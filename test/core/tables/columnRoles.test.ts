import { quarterPeriod } from '../../../src/core/periods/makePeriod';
import { classifyHeader } from '../../../src/core/tables/columnRoles';
import type { ColumnRole } from '../../../src/core/tables/types';

function roleOf(header: string): ColumnRole | null {
  return classifyHeader(header)?.role ?? null;
}

describe('classifyHeader: synonyms', () => {
  it.each<[ColumnRole, string[]]>([
    [
      'name',
      [
        'Indicator',
        'Measure',
        'KPI',
        'Performance Indicator',
        'PI',
        'Description',
        'Indicator name',
        'Performance measure',
        'Metric',
        // Havering's children's scorecard.
        'Indicator and Description',
        // Medway's Council Plan monitoring.
        'Measure of success',
      ],
    ],
    ['ref', ['Ref', 'Ref.', 'ID', 'Code', 'PI ref', 'KPI ref', 'No.', 'Number']],
    [
      'polarity',
      [
        'Polarity',
        'Good is',
        'Good performance is',
        'Aim',
        'Direction',
        'Better if',
        'Higher or lower is better?',
        // The trend wanted, where a climate action plan puts its arrows: not the trend seen.
        'Desired trend',
        'Direction of travel wanted',
      ],
    ],
    ['target', ['Target', 'Annual target', 'Goal', 'Standard', 'Threshold', 'Target %']],
    ['targetLower', ['Target min', 'Lower target', 'Target (lower)', 'Target - lower']],
    ['targetUpper', ['Target max', 'Upper target', 'Target (upper)', 'Target to']],
    ['tolerance', ['Tolerance', 'Amber tolerance', 'Amber threshold']],
    ['numerator', ['Numerator', 'Num']],
    ['denominator', ['Denominator', 'Denom', 'Cohort', 'Base']],
    ['frequency', ['Frequency', 'Reporting frequency', 'Freq', 'Reported']],
    ['unit', ['Unit', 'Units', 'Measure type']],
    ['commentary', ['Commentary', 'Comments', 'Notes', 'Narrative', 'Comment', 'Service commentary']],
    [
      'actions',
      ['Actions', 'Action plan', 'Remedial action', 'What are we doing?', 'Next steps', 'Corrective actions'],
    ],
    ['rag', ['RAG', 'Status', 'RAG rating', 'G/A/R', 'Performance status', 'Target met']],
    ['ignore', ['DoT', 'Direction of travel', 'Trend', 'Lead officer', 'Owner', 'Portfolio']],
  ])('reads %s headers', (role, headers) => {
    for (const header of headers) expect([header, roleOf(header)]).toEqual([header, role]);
  });

  it('reads "to" with what follows it: a target to a date is no top of a band', () => {
    // A resources directorate's year-to-date table: "Annual Target 2024/25 | YTD Target (to end Sep)".
    expect(classifyHeader('YTD Target (to end Sep)')?.role).toBe('target');
    expect(classifyHeader('Target from')?.role).toBe('targetLower');
  });

  it('says which synonym matched', () => {
    expect(classifyHeader('Good is')?.reason).toBe("header 'Good is' means polarity");
  });

  // Islington's housing tables head each table so: "Repairs performance measurement | 2022/23 results |
  // 2023/24 results | Our target for repairs performance".
  it('reads a target header that names what it is the target of', () => {
    for (const header of [
      'Our target for repairs performance',
      'Target for A/B inspection grades',
      'Target for complaints response and resolution',
    ])
      expect([header, roleOf(header)]).toEqual([header, 'target']);
    expect(classifyHeader('Our target for repairs performance')?.reason).toBe(
      "header 'Our target for repairs performance' means the target (it begins 'Our target for')",
    );
  });

  it("does not read next year's target, a bound or a threshold as this period's target", () => {
    for (const header of ['Target for next year', 'Target for amber', 'Target for lower bound'])
      expect([header, roleOf(header)]).toEqual([header, null]);
    expect(classifyHeader('Target for 2024/25')?.period?.label).toBe('2024/25');
  });

  it('reads a name header that says what its indicators measure', () => {
    for (const header of [
      'Repairs performance measurement',
      'Caretaking performance measurement',
      'Housing measures',
      'Corporate indicators',
    ])
      expect([header, roleOf(header)]).toEqual([header, 'name']);
    for (const header of ['Target measure', 'Unit of measure', 'Owner of measure', 'RAG indicator'])
      expect([header, roleOf(header)]).not.toEqual([header, 'name']);
  });

  // Swansea heads its names "PI & Desired Direction of Travel" (each name ends in ↑ or ↓); an adult
  // social care target table heads them "Performance Indicator (PI) title".
  it('reads a name header that says what else its names carry, or which part of them it gives', () => {
    for (const header of [
      'PI & Desired Direction of Travel',
      'Performance Indicator (PI) title',
      'PI title',
      'Indicator & Polarity',
      'Measure title and polarity',
    ])
      expect([header, roleOf(header)]).toEqual([header, 'name']);
    // Joined to something else, or to a trend, it is not a name header.
    for (const header of ['Measure and Target', 'Indicator & Trend', 'PI & direction of travel', 'Name and address'])
      expect([header, roleOf(header)]).not.toEqual([header, 'name']);
  });

  // Wales's "ALP Target 2012/13" (Acceptable Level of Performance); a Local Area Agreement's "LAA Target".
  it('reads a target named by the capitals of its scheme as the target', () => {
    expect(classifyHeader('ALP Target 2012/13 (ii)')).toMatchObject({ role: 'target', period: { label: '2012/13' } });
    expect(roleOf('LAA Target')).toBe('target');
    // Capitals that name a bound, or none before "Target", are read as before.
    expect(roleOf('MIN Target')).toBe('targetLower');
    expect(roleOf('TTAF 2012/13')).toBeNull();
    expect(roleOf('Alp Target 2012/13')).toBeNull();
    // Last or next year's target is not this year's.
    expect(roleOf('LY Target')).toBeNull();
  });

  // Swansea heads its year "Annual Perf. 2012/13 (i)", the "(i)" a note under the table.
  it('reads a header with a mark pointing to a note as the header without it', () => {
    for (const header of ['Annual Perf. 2012/13 (i)', 'Annual Perf. 2012/13 [2]', 'Annual Perf. 2012/13*'])
      expect([header, classifyHeader(header)?.period?.label]).toEqual([header, '2012/13']);
    expect(roleOf('Target (ii)')).toBe('target');
  });

  it('does not take "Number of …" for a reference', () => {
    expect(classifyHeader('Number of children in care')).toBeNull();
    expect(classifyHeader('% of assessments completed within 45 working days')).toBeNull();
  });

  it('ignores case, punctuation, line breaks and extra spaces', () => {
    expect(roleOf('  INDICATOR  ')).toBe('name');
    expect(roleOf('good   IS')).toBe('polarity');
    expect(roleOf('Good\nperformance\nis')).toBe('polarity');
    expect(roleOf('Ref:')).toBe('ref');
  });
});

describe('classifyHeader: periods', () => {
  it('reads a target that names its year', () => {
    const c = classifyHeader('Target\n2021/22');
    expect(c).toMatchObject({ role: 'target', period: { label: '2021/22' } });
    expect(c?.reason).toBe("header 'Target 2021/22' means the target, for 2021/22");
  });

  it('reads period headers as period columns', () => {
    expect(classifyHeader('Q3 2021/22')).toMatchObject({ role: 'period', period: { label: 'Q3 2021/22' } });
    expect(classifyHeader(44531, 'mmm-yy')).toMatchObject({ role: 'period', period: { label: 'December 2021' } });
  });

  it('does not read a number without a date format', () => {
    expect(classifyHeader(44531, 'General')).toBeNull();
  });

  it('marks a period without a year as not read, and reads it with a year from the context', () => {
    expect(classifyHeader('Q3')).toMatchObject({ role: 'ignore', yearless: true });
    expect(classifyHeader('Q3', null, { fyStart: 2021 })).toMatchObject({
      role: 'period',
      period: { label: 'Q3 2021/22' },
    });
  });

  it('reads "Actual" under a period group header as that period', () => {
    const groupPeriod = quarterPeriod(2021, 3);
    expect(classifyHeader('Actual', null, { groupPeriod })).toMatchObject({
      role: 'period',
      period: { label: 'Q3 2021/22' },
    });
    expect(classifyHeader('Target', null, { groupPeriod })).toMatchObject({
      role: 'target',
      period: { label: 'Q3 2021/22' },
    });
    expect(classifyHeader('Actual')).toBeNull();
  });

  it('keeps RAG and commentary columns for a period out of the period columns', () => {
    expect(roleOf('Q3 2021/22 RAG')).toBe('rag');
    expect(roleOf('Q3 2021/22 commentary')).toBe('commentary');
  });
});

describe('classifyHeader: benchmarks', () => {
  it.each([
    ['Statistical neighbours', 'statisticalNeighbours'],
    ['Stat neighbours', 'statisticalNeighbours'],
    ['SN average', 'statisticalNeighbours'],
    ['England', 'england'],
    ['England average', 'england'],
    ['Wales', 'wales'],
    ['Wales average', 'wales'],
    ['National', 'national'],
    ['National average', 'national'],
    ['UK', 'national'],
    ['Northern Ireland average', 'national'],
    ['NI average', 'national'],
    ['NI average 2023/24', 'national'],
    ['Regional', 'regional'],
    ['Region', 'regional'],
    ['North West average', 'regional'],
    ['Rank', 'rank'],
    ['Ranking', 'rank'],
    ['Quartile', 'quartile'],
    ['Benchmark', 'other'],
    // The published medians and averages of councils of a type, and a department's national figure.
    ['LGA median', 'other'],
    ['LG Inform median', 'other'],
    ['Unitary average', 'other'],
    ['Met districts average', 'other'],
    ['Shire counties', 'other'],
    ['DWP national average', 'other'],
    ['Nearest neighbour median', 'statisticalNeighbours'],
  ])('%j is a %s benchmark', (header, kind) => {
    expect(classifyHeader(header)).toMatchObject({ role: 'benchmark', benchmark: { kind, label: header } });
  });

  it.each(['NI', 'NI ref', 'NI 157'])('%j, a National Indicator code, is no benchmark', (header) => {
    expect(classifyHeader(header)?.role).not.toBe('benchmark');
  });

  it('keeps the period a benchmark header names', () => {
    expect(classifyHeader('England average 2020/21')).toMatchObject({
      role: 'benchmark',
      period: { kind: 'year', label: '2020/21' },
      benchmark: { kind: 'england', label: 'England average 2020/21' },
    });
  });
});

describe('classifyHeader: nothing known', () => {
  it.each(['', '   ', 'Banana'])('%j means nothing', (header) => {
    expect(classifyHeader(header)).toBeNull();
  });

  it('knows a forecast is not a period, and does not read it', () => {
    expect(classifyHeader('Q4 forecast')).toMatchObject({
      role: 'ignore',
      reason: expect.stringMatching(/a forecast/),
    });
  });

  // A scorecard's last column, after the quarters: the year's outturn as the service expects it.
  it.each(['Projected (end of year)', 'Forecast position (year end)', 'End of year projection'])(
    'knows %j is a forecast, whatever its words around it',
    (header) => {
      expect(classifyHeader(header)).toMatchObject({ role: 'ignore', reason: expect.stringMatching(/a forecast/) });
    },
  );

  it('ignores booleans and errors', () => {
    expect(classifyHeader(true)).toBeNull();
    expect(classifyHeader({ error: '#REF!' })).toBeNull();
  });
});
