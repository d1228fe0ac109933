import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import WidgetHeading from './Heading';
import styles from './styles.module.css';

/** One titled panel of the sandbox: a labelled region, so it is reachable by landmark. */
export default function Panel({
  title,
  intro,
  className,
  children,
}: {
  title: string;
  intro?: ReactNode;
  className?: string;
  children: ReactNode;
}): ReactNode {
  const id = useId();
  return (
    <section className={clsx(styles.panel, className)} aria-labelledby={id}>
      <WidgetHeading id={id} className={styles.panelTitle}>
        {title}
      </WidgetHeading>
      {intro && <p className={styles.panelIntro}>{intro}</p>}
      {children}
    </section>
  );
}
