/**
 * The zod schema of a scorecard configuration: what it may say, with the defaults filled in.
 * `schema.ts` is the entry point that checks a configuration and explains its problems.
 */
import * as z from 'zod';
import { DEFAULT_AMBER_RULE, DEFAULT_STYLE, DEFAULT_TOLERANCE } from './defaults';
import { configMessages } from './messages';
import {
  AMBER_RULES,
  COLUMN_ROLES,
  FREQUENCIES,
  NARRATIVE_STYLES,
  PERCENT_STYLES,
  POLARITIES,
  RAG_SOURCES,
  TOLERANCE_TYPES,
  UNITS,
} from './vocabulary';

export const toleranceSchema = z
  .strictObject({
    type: z.enum(TOLERANCE_TYPES).meta({
      description:
        "'relative' (a fraction of the target) or 'absolute' (in the indicator's units; percentage points for percentages)",
    }),
    value: z.number().min(0).meta({
      description: 'relative: 0.05 is within 5 per cent of the target; absolute: 2 is within 2 units or points',
    }),
  })
  .superRefine((tolerance, ctx) => {
    if (tolerance.type === 'relative' && tolerance.value > 1) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: configMessages.relativeTooBig, input: tolerance.value });
    }
  });

const bandSchema = z.strictObject({ lower: z.number(), upper: z.number() }).superRefine((band, ctx) => {
  if (band.lower > band.upper) {
    ctx.addIssue({ code: 'custom', message: configMessages.bandOrder(band.lower, band.upper), input: band });
  }
});

export const indicatorSchema = z.strictObject({
  target: z.union([z.number(), bandSchema], { error: configMessages.targetShape }).optional().meta({
    description: 'A number (percentages in points: 90 for 90 per cent), or a band { "lower": 10, "upper": 15 }',
  }),
  polarity: z.enum(POLARITIES).optional(),
  tolerance: toleranceSchema.optional(),
  unit: z.enum(UNITS).optional(),
  frequency: z.enum(FREQUENCIES).optional(),
  cumulative: z.boolean().optional().meta({
    description: 'A cumulative (year-to-date) measure: compared with the same point last year, not the period before',
  }),
  exclude: z.boolean().optional().meta({ description: 'Leave this indicator out of ratings and narrative' }),
  shortName: z.string().trim().min(1).max(120).optional().meta({
    description:
      'The name the narrative uses in prose, e.g. "Assessments within 45 days"; default: derived from the indicator\'s name',
  }),
});

export const tableSchema = z.strictObject({
  sheet: z.string().min(1),
  headerRow: z
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'The header row, counted from 1 as Excel shows it' }),
  columns: z
    .record(z.string().min(1), z.enum(COLUMN_ROLES))
    .optional()
    .meta({ description: 'Column roles by column letter ("E") or header text' }),
  exclude: z.boolean().optional().meta({
    description: 'Leave this table (or, when `sheet` names a sheet, its tables) out of ratings and narrative',
  }),
});

export const styleSchema = z.strictObject({
  percent: z.enum(PERCENT_STYLES).default(DEFAULT_STYLE.percent),
  decimals: z.number().int().min(0).max(6).default(DEFAULT_STYLE.decimals),
  smallNumber: z.number().min(0).default(DEFAULT_STYLE.smallNumber),
});

/** The schema of a configuration file (and of the settings the add-in keeps in a workbook). */
export const configSchema = z.strictObject({
  $schema: z.string().optional().meta({ description: 'Ignored: lets an editor find this schema' }),
  period: z.string().min(1).optional().meta({
    description:
      'Report on this period, e.g. "Q2 2021/22"; default: the latest period most indicators with a target have filled in',
  }),
  sheets: z
    .array(z.string().min(1))
    .optional()
    .meta({ description: 'Only these sheets; default: every sheet with a table' }),
  tolerance: toleranceSchema.default(() => ({ ...DEFAULT_TOLERANCE })),
  amberRule: z.enum(AMBER_RULES).default(DEFAULT_AMBER_RULE),
  ragSource: z.enum(RAG_SOURCES).optional().meta({
    description:
      "Whose rating the narrative follows: 'engine' (ours, the default) or 'sheet' (the sheet's own RAG column, where it rates an indicator); our rules colour the values either way",
  }),
  style: styleSchema.default(() => ({ ...DEFAULT_STYLE })),
  narrativeStyle: z.enum(NARRATIVE_STYLES).optional().meta({
    description:
      "How the narrative is written: 'committee' (default: paragraphs of a covering report), 'briefing' (one line per indicator) or 'exceptions' (only red and amber, with actions)",
  }),
  tables: z.array(tableSchema).default(() => []),
  indicators: z
    .record(z.string().min(1), indicatorSchema)
    .default(() => ({}))
    .meta({ description: 'Settings per indicator, keyed by its reference or exact name' }),
});

/** The settings allowed in the object at a path of the configuration, for "did you mean". */
export function knownKeysAt(path: readonly PropertyKey[]): readonly string[] {
  let schema: z.core.$ZodType = configSchema;
  const unwrap = (s: z.core.$ZodType): z.core.$ZodType => {
    let current = s;
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap();
    if (current instanceof z.ZodUnion) current = current.options.find((o) => o instanceof z.ZodObject) ?? current;
    return current;
  };
  for (const key of path) {
    const current = unwrap(schema);
    if (current instanceof z.ZodObject) schema = current.shape[String(key)] ?? current;
    else if (current instanceof z.ZodArray) schema = current.element;
    else if (current instanceof z.ZodRecord) schema = current.valueType;
  }
  const last = unwrap(schema);
  return last instanceof z.ZodObject ? Object.keys(last.shape).filter((k) => k !== '$schema') : [];
}

/**
 * The configuration's JSON Schema (draft 2020-12), for editors and for the documentation.
 * Describes what may be written: every setting other than those inside an indicator or table
 * is optional.
 */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
