import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import WidgetHeading from './Heading';
import styles from './styles.module.css';

/** One titled panel of the sandbox: a labelled region, so it is reachable by landmark. */
export default function Panel({
  title,
  intro,
  className,
  anchor,
  children,
}: {
  title: string;
  intro?: ReactNode;
  className?: string;
  /** An id a skip link can point to. */
  anchor?: string;
  children: ReactNode;
}): ReactNode {
  const id = useId();
  return (
    <section
      className={clsx(styles.panel, className)}
      aria-labelledby={id}
      id={anchor}
      // Focusable by script: a skip link or a step's "Show me" moves focus here.
      tabIndex={-1}
    >
      <WidgetHeading id={id} className={styles.panelTitle}>
        {title}
      </WidgetHeading>
      {intro && <p className={styles.panelIntro}>{intro}</p>}
      {children}
    </section>
  );
}
