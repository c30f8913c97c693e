import {
  ConfigError,
  configJsonSchema,
  configSchema,
  DEFAULT_CONFIG,
  parseConfig,
} from '../../../src/core/config/schema';
import { checkConfig } from '../../../src/core/config/check';

/** The messages parseConfig throws for an input (fails the test when it does not throw). */
function problems(input: unknown): readonly string[] {
  try {
    parseConfig(input);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('parseConfig: defaults', () => {
  test('an empty configuration gets every documented default', () => {
    expect(parseConfig({})).toEqual({
      tolerance: { type: 'relative', value: 0.05 },
      amberRule: 'tolerance',
      style: { percent: 'per cent', decimals: 1, smallNumber: 20 },
      tables: [],
      indicators: {},
    });
    expect(parseConfig({})).toEqual(DEFAULT_CONFIG);
  });

  test('no configuration at all is the defaults', () => {
    expect(parseConfig(undefined)).toEqual(DEFAULT_CONFIG);
  });

  test('with nothing to check, the defaults are those the schema gives, setting for setting and in its order', () => {
    // parseConfig answers an empty configuration without loading the schema; the report prints the settings in this order.
    for (const nothing of [undefined, {}]) {
      expect(JSON.stringify(parseConfig(nothing))).toBe(JSON.stringify(checkConfig({})));
      expect(parseConfig(nothing)).toEqual(checkConfig({}));
    }
    expect(problems([])).toEqual(['configuration: must be an object, not a list']);
  });

  test('a partial style keeps the defaults for what it does not set', () => {
    expect(parseConfig({ style: { percent: '%' } }).style).toEqual({ percent: '%', decimals: 1, smallNumber: 20 });
  });

  test('the defaults cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_CONFIG)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CONFIG.style)).toBe(true);
    const parsed = parseConfig({}) as { style: { decimals: number } };
    parsed.style.decimals = 3;
    expect(DEFAULT_CONFIG.style.decimals).toBe(1);
    expect(parseConfig({}).style.decimals).toBe(1);
  });

  test('JSON text saved with a UTF-8 byte-order mark (as Notepad saves it) is read as without it', () => {
    const text = JSON.stringify({ period: 'Q2 2021/22', tolerance: { type: 'absolute', value: 2 } });
    expect(parseConfig(`\uFEFF${text}`)).toEqual(parseConfig(text));
    expect(parseConfig(`\uFEFF${text}`).tolerance).toEqual({ type: 'absolute', value: 2 });
  });

  test('"$schema" is accepted and left out of the result', () => {
    const parsed = parseConfig({ $schema: './scorecard.schema.json', period: 'Q2 2021/22' });
    expect(parsed).not.toHaveProperty('$schema');
    expect(parsed.period).toBe('Q2 2021/22');
  });
});

describe('parseConfig: a full configuration', () => {
  const full = {
    period: 'Q3 2021/22',
    sheets: ['Scorecard', 'Adults'],
    tolerance: { type: 'absolute', value: 2 },
    amberRule: 'tolerance-or-improving',
    style: { percent: '%', decimals: 2, smallNumber: 10 },
    tables: [
      { sheet: 'Scorecard', headerRow: 4, columns: { E: 'target', 'Good is': 'polarity', Notes: 'commentary' } },
    ],
    indicators: {
      CS01: { target: 90, polarity: 'higher', tolerance: { type: 'relative', value: 0.1 }, unit: 'percentage' },
      CS02: { target: { lower: 10, upper: 15 }, polarity: 'band', frequency: 'annual' },
      'Number of children in care': { polarity: 'none', exclude: true },
    },
  };

  test('comes back as written', () => {
    expect(parseConfig(full)).toEqual(full);
  });

  test('every setting the schema knows reaches the engine, and the editor hint does not', () => {
    const everything = {
      $schema: './scorecard-config.schema.json',
      ...full,
      ragSource: 'sheet',
      narrativeStyle: 'briefing',
    };
    const settings = Object.keys(configSchema.shape).filter((key) => key !== '$schema');
    expect(Object.keys(parseConfig(everything)).sort()).toEqual(settings.sort());
    expect(parseConfig(everything)).toEqual({ ...full, ragSource: 'sheet', narrativeStyle: 'briefing' });
  });

  test('JSON text is read the same as the object', () => {
    expect(parseConfig(JSON.stringify(full))).toEqual(full);
  });

  test('a band may be a single value', () => {
    expect(parseConfig({ indicators: { X: { target: { lower: 5, upper: 5 } } } }).indicators.X.target).toEqual({
      lower: 5,
      upper: 5,
    });
  });

  test.each([[0], [1], [0.5]])('a relative tolerance of %p is allowed', (value) => {
    expect(parseConfig({ tolerance: { type: 'relative', value } }).tolerance.value).toBe(value);
  });

  test('an absolute tolerance may be more than 1', () => {
    expect(parseConfig({ tolerance: { type: 'absolute', value: 5 } }).tolerance).toEqual({
      type: 'absolute',
      value: 5,
    });
  });
});

describe('parseConfig: problems, each naming its setting', () => {
  test.each<[string, unknown, string]>([
    [
      'negative tolerance',
      { indicators: { CS01: { tolerance: { type: 'absolute', value: -1 } } } },
      'indicators.CS01.tolerance.value: must be a number of at least 0',
    ],
    [
      'relative tolerance above 1',
      { tolerance: { type: 'relative', value: 5 } },
      'tolerance.value: a relative tolerance is a fraction of the target and must be at most 1 (0.05 means within 5 per cent of the target)',
    ],
    ['tolerance without its type', { tolerance: { value: 0.1 } }, 'tolerance.type: is required'],
    [
      'tolerance type misspelt',
      { tolerance: { type: 'relatve', value: 0.1 } },
      "tolerance.type: must be one of 'relative', 'absolute', not \"relatve\"; did you mean 'relative'?",
    ],
    [
      'target as text',
      { indicators: { CS01: { target: '90%' } } },
      'indicators.CS01.target: must be a number, or a band such as { "lower": 10, "upper": 15 }, not "90%"',
    ],
    [
      'band the wrong way round',
      { indicators: { CS01: { target: { lower: 15, upper: 10 } } } },
      'indicators.CS01.target: the lower bound (15) must not be more than the upper bound (10)',
    ],
    [
      'band missing a bound',
      { indicators: { CS01: { target: { lower: 15 } } } },
      'indicators.CS01.target.upper: is required',
    ],
    [
      'band with a misspelt bound',
      { indicators: { CS01: { target: { lower: 1, upper: 2, uper: 3 } } } },
      "indicators.CS01.target.uper: unknown setting; did you mean 'upper'?",
    ],
    [
      'polarity in capitals',
      { indicators: { CS01: { polarity: 'Higher' } } },
      "indicators.CS01.polarity: must be one of 'higher', 'lower', 'band', 'none', not \"Higher\"; did you mean 'higher'?",
    ],
    [
      'unit shortened',
      { indicators: { CS01: { unit: 'percent' } } },
      "indicators.CS01.unit: must be one of 'percentage', 'count', 'days', 'rate', 'money', 'ratio', 'number', not \"percent\"; did you mean 'percentage'?",
    ],
    [
      'indicator name with spaces',
      { indicators: { 'NI 62': { exclude: 'yes' } } },
      'indicators["NI 62"].exclude: must be true or false, not "yes"',
    ],
    [
      'column role misspelt',
      { tables: [{ sheet: 'Scorecard', columns: { E: 'trget' } }] },
      "tables[0].columns.E: must be one of 'name', 'ref', 'polarity', 'target', 'targetLower', 'targetUpper', 'tolerance', 'period', 'benchmark', 'numerator', 'denominator', 'frequency', 'unit', 'commentary', 'rag', 'significance', 'confidenceLower', 'confidenceUpper', 'actions', 'ignore', not \"trget\"; did you mean 'target'?",
    ],
    ['table without a sheet', { tables: [{ headerRow: 3 }] }, 'tables[0].sheet: is required'],
    ['empty sheet name', { tables: [{ sheet: '' }] }, 'tables[0].sheet: must not be empty'],
    ['header row 0', { tables: [{ sheet: 'S', headerRow: 0 }] }, 'tables[0].headerRow: must be a number of at least 1'],
    [
      'header row not whole',
      { tables: [{ sheet: 'S', headerRow: 2.5 }] },
      'tables[0].headerRow: must be a whole number, not 2.5',
    ],
    [
      'percent style misspelt',
      { style: { percent: 'percent' } },
      "style.percent: must be one of 'per cent', '%', not \"percent\"; did you mean 'per cent'?",
    ],
    ['too many decimals', { style: { decimals: 9 } }, 'style.decimals: must be at most 6'],
    ['sheets as text', { sheets: 'Scorecard' }, 'sheets: must be a list, not "Scorecard"'],
    [
      'amber rule unknown',
      { amberRule: 'improving' },
      "amberRule: must be one of 'tolerance', 'tolerance-or-improving', not \"improving\"",
    ],
    ['empty indicator key', { indicators: { '': {} } }, 'indicators[""]: an empty name is not allowed'],
    ['not an object', 5, 'configuration: must be an object, not 5'],
    ['null', null, 'configuration: must be an object, not null'],
  ])('%s', (_label, input, message) => {
    expect(problems(input)).toContain(message);
  });

  test('a narrative style and short names are read, and checked', () => {
    const config = parseConfig({
      narrativeStyle: 'briefing',
      indicators: { CS01: { shortName: '  Assessments on time ' } },
    });
    expect([config.narrativeStyle, config.indicators.CS01.shortName]).toEqual(['briefing', 'Assessments on time']);
    expect(parseConfig({}).narrativeStyle).toBeUndefined();
    expect(problems({ narrativeStyle: 'brief' })).toEqual([
      expect.stringMatching(/^narrativeStyle: must be one of 'committee', 'briefing', 'exceptions', not "brief"/),
    ]);
    expect(problems({ style: 'briefing' })).toEqual([expect.stringMatching(/^style: must be an object/)]);
    expect(problems({ indicators: { CS01: { shortName: ' ' } } })).toEqual([
      'indicators.CS01.shortName: must not be empty',
    ]);
    expect(problems({ indicators: { CS01: { shortname: 'x' } } })).toEqual([
      "indicators.CS01.shortname: unknown setting; did you mean 'shortName'?",
    ]);
  });

  test('a misspelt setting is refused with a suggestion', () => {
    expect(problems({ indicators: { CS01: { polarty: 'higher' } } })).toEqual([
      "indicators.CS01.polarty: unknown setting; did you mean 'polarity'?",
    ]);
    expect(problems({ tolerence: { type: 'relative', value: 0.1 } })).toEqual([
      "tolerence: unknown setting; did you mean 'tolerance'?",
    ]);
  });

  test('an unknown setting with no near match lists the settings allowed there', () => {
    expect(problems({ style: { colour: 'red' } })).toEqual([
      'style.colour: unknown setting; the settings here are percent, decimals, smallNumber',
    ]);
  });

  test('every problem is reported at once', () => {
    const issues = problems({
      polarty: 1,
      style: { decimals: -1 },
      indicators: { A: { target: 'x' }, B: { unit: 'x' } },
    });
    expect(issues).toHaveLength(4);
  });

  test('the error names its source and lists the problems', () => {
    let caught: unknown;
    try {
      parseConfig({ amberRule: 'x', style: { percent: 'x' } }, 'scorecard.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.source).toBe('scorecard.json');
    expect(error.message).toMatch(/^The configuration in scorecard\.json has 2 problems:\n- /);
    expect(error.message).toContain("- amberRule: must be one of 'tolerance', 'tolerance-or-improving', not \"x\"");
  });

  test('JSON text that does not parse is a ConfigError, not a SyntaxError', () => {
    expect(() => parseConfig('{ "style": ', 'scorecard.json')).toThrow(ConfigError);
    expect(problems('{ "style": ')[0]).toMatch(/^configuration: is not valid JSON \(/);
  });
});

describe('configJsonSchema', () => {
  const schema = configJsonSchema() as {
    type: string;
    additionalProperties: boolean;
    properties: Record<string, { description?: string; default?: unknown }>;
  };

  test('describes every top-level setting and refuses others', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(
      [
        '$schema',
        'amberRule',
        'indicators',
        'narrativeStyle',
        'period',
        'ragSource',
        'sheets',
        'style',
        'tables',
        'tolerance',
      ].sort(),
    );
  });

  test('carries the defaults and descriptions for the documentation', () => {
    expect(schema.properties.amberRule.default).toBe('tolerance');
    expect(schema.properties.tolerance.default).toEqual({ type: 'relative', value: 0.05 });
    expect(schema.properties.period.description).toMatch(/period/);
  });
});
