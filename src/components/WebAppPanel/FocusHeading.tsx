import type {ReactNode} from 'react';
// From the file, not the index: keeps the forms free of Docusaurus runtime imports (tests).
import WidgetHeading from '@site/src/components/SandboxShell/Heading';
import styles from './styles.module.css';

/** Where focus goes on reaching a screen (`title`) or after the token window (`tokens`). */
export type FocusMark = 'title' | 'tokens';

/** A heading the panel moves focus to (by script only: not in the Tab order). */
export function FocusHeading({mark, children}: {mark: FocusMark; children: ReactNode}): ReactNode {
  const title = mark === 'title';
  return (
    <WidgetHeading
      depth={title ? 1 : 2}
      tabIndex={-1}
      data-focus={mark}
      className={title ? styles.screenTitle : styles.sectionTitle}
    >
      {children}
    </WidgetHeading>
  );
}

/** The heading in a screen that focus goes to, found where it is rendered. */
export function focusTarget(screen: HTMLElement | null, mark: FocusMark): HTMLElement | null {
  return screen?.querySelector<HTMLElement>(`[data-focus="${mark}"]`) ?? null;
}
