/**
 * The zod schema of a scorecard configuration: what it may say, with the defaults filled in.
 * `check.ts` checks a configuration with it and explains its problems.
 *
 * Written on `zod/mini`, zod's functional form, of which a bundle keeps only what is used: about a
 * quarter of classic zod's code to load when a configuration is checked. It carries no messages of its
 * own (no locale): every problem is worded by `messages.ts`, or by the schema's own `error` and issues.
 */
import * as z from 'zod/mini';
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

/** A description for an editor and the documentation, carried into the JSON Schema. */
const about = (description: string) => z.meta({ description });

export const toleranceSchema = z
  .strictObject({
    type: z
      .enum(TOLERANCE_TYPES)
      .check(
        about(
          "'relative' (a fraction of the target) or 'absolute' (in the indicator's units; percentage points for percentages)",
        ),
      ),
    value: z
      .number()
      .check(
        z.minimum(0),
        about('relative: 0.05 is within 5 per cent of the target; absolute: 2 is within 2 units or points'),
      ),
  })
  .check(
    z.superRefine((tolerance, ctx) => {
      if (tolerance.type === 'relative' && tolerance.value > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: configMessages.relativeTooBig,
          input: tolerance.value,
        });
      }
    }),
  );

const bandSchema = z.strictObject({ lower: z.number(), upper: z.number() }).check(
  z.superRefine((band, ctx) => {
    if (band.lower > band.upper) {
      ctx.addIssue({ code: 'custom', message: configMessages.bandOrder(band.lower, band.upper), input: band });
    }
  }),
);

export const indicatorSchema = z.strictObject({
  target: z
    .optional(z.union([z.number(), bandSchema], { error: configMessages.targetShape }))
    .check(about('A number (percentages in points: 90 for 90 per cent), or a band { "lower": 10, "upper": 15 }')),
  polarity: z.optional(z.enum(POLARITIES)),
  tolerance: z.optional(toleranceSchema),
  unit: z.optional(z.enum(UNITS)),
  frequency: z.optional(z.enum(FREQUENCIES)),
  cumulative: z
    .optional(z.boolean())
    .check(about('A cumulative (year-to-date) measure: compared with the same point last year, not the period before')),
  exclude: z.optional(z.boolean()).check(about('Leave this indicator out of ratings and narrative')),
  shortName: z
    .optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(120)))
    .check(
      about(
        'The name the narrative uses in prose, e.g. "Assessments within 45 days"; default: derived from the indicator\'s name',
      ),
    ),
});

export const tableSchema = z.strictObject({
  sheet: z.string().check(z.minLength(1)),
  headerRow: z
    .optional(z.number().check(z.int(), z.minimum(1)))
    .check(about('The header row, counted from 1 as Excel shows it')),
  columns: z
    .optional(z.record(z.string().check(z.minLength(1)), z.enum(COLUMN_ROLES)))
    .check(about('Column roles by column letter ("E") or header text')),
  exclude: z
    .optional(z.boolean())
    .check(about('Leave this table (or, when `sheet` names a sheet, its tables) out of ratings and narrative')),
});

export const styleSchema = z.strictObject({
  percent: z._default(z.enum(PERCENT_STYLES), DEFAULT_STYLE.percent),
  decimals: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(6)), DEFAULT_STYLE.decimals),
  smallNumber: z._default(z.number().check(z.minimum(0)), DEFAULT_STYLE.smallNumber),
});

/** The schema of a configuration file (and of the settings the add-in keeps in a workbook). */
export const configSchema = z.strictObject({
  $schema: z.optional(z.string()).check(about('Ignored: lets an editor find this schema')),
  period: z
    .optional(z.string().check(z.minLength(1)))
    .check(
      about(
        'Report on this period, e.g. "Q2 2021/22"; default: the latest period most indicators with a target have filled in',
      ),
    ),
  sheets: z
    .optional(z.array(z.string().check(z.minLength(1))))
    .check(about('Only these sheets; default: every sheet with a table')),
  tolerance: z._default(toleranceSchema, () => ({ ...DEFAULT_TOLERANCE })),
  amberRule: z._default(z.enum(AMBER_RULES), DEFAULT_AMBER_RULE),
  ragSource: z
    .optional(z.enum(RAG_SOURCES))
    .check(
      about(
        "Whose rating the narrative follows: 'engine' (ours, the default) or 'sheet' (the sheet's own RAG column, where it rates an indicator); our rules colour the values either way",
      ),
    ),
  style: z._default(styleSchema, () => ({ ...DEFAULT_STYLE })),
  narrativeStyle: z
    .optional(z.enum(NARRATIVE_STYLES))
    .check(
      about(
        "How the narrative is written: 'committee' (default: paragraphs of a covering report), 'briefing' (one line per indicator) or 'exceptions' (only red and amber, with actions)",
      ),
    ),
  tables: z._default(z.array(tableSchema), () => []),
  indicators: z
    ._default(z.record(z.string().check(z.minLength(1)), indicatorSchema), () => ({}))
    .check(about('Settings per indicator, keyed by its reference or exact name')),
});

/** The settings allowed in the object at a path of the configuration, for "did you mean". */
export function knownKeysAt(path: readonly PropertyKey[]): readonly string[] {
  let schema: z.core.$ZodType = configSchema;
  const unwrap = (s: z.core.$ZodType): z.core.$ZodType => {
    let current = s;
    while (current instanceof z.ZodMiniOptional || current instanceof z.ZodMiniDefault)
      current = current._zod.def.innerType;
    if (current instanceof z.ZodMiniUnion)
      current = current._zod.def.options.find((o) => o instanceof z.ZodMiniObject) ?? current;
    return current;
  };
  for (const key of path) {
    const current = unwrap(schema);
    if (current instanceof z.ZodMiniObject) schema = current._zod.def.shape[String(key)] ?? current;
    else if (current instanceof z.ZodMiniArray) schema = current._zod.def.element;
    else if (current instanceof z.ZodMiniRecord) schema = current._zod.def.valueType;
  }
  const last = unwrap(schema);
  return last instanceof z.ZodMiniObject ? Object.keys(last._zod.def.shape).filter((k) => k !== '$schema') : [];
}

/**
 * The configuration's JSON Schema (draft 2020-12), for editors and for the documentation.
 * Describes what may be written: every setting other than those inside an indicator or table
 * is optional.
 */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
