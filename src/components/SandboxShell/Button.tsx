import type {ComponentProps, ReactNode} from 'react';
import clsx from 'clsx';
import styles from './widgets.module.css';

const KINDS = {
  primary: 'button--primary',
  outline: 'button--outline button--primary',
  secondary: 'button--secondary',
  link: 'button--link',
  danger: `button--outline ${styles.dangerButton}`,
} as const;

/**
 * An Infima button that never submits a form. A `refused` one looks disabled but stays
 * focusable and does nothing (a disabled button is skipped by Tab and says nothing): say
 * why beside it, with `aria-describedby`.
 */
export default function Button({
  kind = 'primary',
  refused = false,
  className,
  onClick,
  ...rest
}: {kind?: keyof typeof KINDS; refused?: boolean} & ComponentProps<'button'>): ReactNode {
  return (
    <button
      type="button"
      className={clsx('button', KINDS[kind], className)}
      aria-disabled={refused ? true : undefined}
      onClick={refused ? undefined : onClick}
      {...rest}
    />
  );
}
