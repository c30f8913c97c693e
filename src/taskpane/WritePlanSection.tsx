import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { WritePlan } from '../app/writePlan';

const useStyles = makeStyles({
  sheets: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  details: {
    color: tokens.colorNeutralForeground1,
  },
});

/** Props for {@link WritePlanSection}. */
export interface WritePlanSectionProps {
  readonly plan: WritePlan;
  /** True before the first refresh from the pane: the plan is shown open, in the future tense. */
  readonly before: boolean;
}

function PlanBody({ plan }: { plan: WritePlan }) {
  const styles = useStyles();
  return (
    <>
      {plan.sheets.map((sheet) => (
        <section key={sheet.sheet} aria-label={`Written on ${sheet.sheet}`}>
          <Text as="h4" weight="semibold" block>
            {sheet.sheet}
          </Text>
          <ul className={styles.sheets}>
            {sheet.rules && (
              <li>
                <Text>{sheet.rules}</Text>
              </li>
            )}
            {sheet.labels.map((label) => (
              <li key={label}>
                <Text>{label}</Text>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Text as="p" block>
        {plan.untouched}
      </Text>
    </>
  );
}

/**
 * What Refresh RAG writes, from the engine's annotation plan: before the first refresh set out in
 * full under its own heading; afterwards folded away, for reference.
 */
export function WritePlanSection({ plan, before }: WritePlanSectionProps) {
  const styles = useStyles();
  if (plan.sheets.length === 0) return null;
  if (before)
    return (
      <section aria-labelledby="plan-heading">
        <Text as="h3" id="plan-heading" weight="semibold" size={400} block>
          What Refresh RAG will write
        </Text>
        <PlanBody plan={plan} />
      </section>
    );
  return (
    <details className={styles.details}>
      <summary>
        <Text weight="semibold">What Refresh RAG writes</Text>
      </summary>
      <PlanBody plan={plan} />
    </details>
  );
}
