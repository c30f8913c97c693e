import { Link, makeStyles, mergeClasses } from '@fluentui/react-components';
import type { ButtonHTMLAttributes } from 'react';

const useStyles = makeStyles({
  /**
   * In forced colours (Windows high contrast) a button's text takes the system's button colour, so a
   * link drawn as a button would read as plain text: it keeps the system's link colour instead.
   */
  link: {
    '@media (forced-colors: active)': {
      color: 'LinkText',
      ':hover': { color: 'LinkText' },
      ':active': { color: 'LinkText' },
    },
  },
});

/** Props for {@link CellLink}: a button's, and Fluent's `inline` for a link within text. */
export type CellLinkProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'color'> & {
  readonly inline?: boolean;
  readonly 'data-control'?: string;
};

/** Fluent's Link as a button (it goes to a cell in Excel, not to a page), in the link colour in every theme. */
export function CellLink({ className, ...props }: CellLinkProps) {
  const styles = useStyles();
  return <Link as="button" {...props} className={mergeClasses(styles.link, className)} />;
}
