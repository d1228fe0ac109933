import type {ReactNode, Ref} from 'react';
import {WidgetHeading} from '@site/src/components/SandboxShell';
import {stitchApp} from '@site/src/data/ui-labels';
import styles from './styles.module.css';

/** The integration picker, reduced to the one kind this sandbox is about. */
export default function AddIntegration({
  headingRef,
  onPick,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  onPick: () => void;
}): ReactNode {
  return (
    <>
      <WidgetHeading depth={1} ref={headingRef} tabIndex={-1} className={styles.screenTitle}>
        {stitchApp.buttons.addIntegration}
      </WidgetHeading>
      <p className={styles.muted}>Choose the kind of integration to add.</p>
      <button type="button" className={styles.tile} onClick={onPick}>
        <span aria-hidden="true" className={styles.tileIcon}>
          {'{ }'}
        </span>
        {stitchApp.integrations.importApi}
      </button>
    </>
  );
}
