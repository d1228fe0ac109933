import type {ReactNode} from 'react';
import SandboxShell, {Panel, type HeadingLevel} from '@site/src/components/SandboxShell';
import type {SandboxKey} from '@site/src/components/SandboxStore';
import {PurposeContext, withPurpose} from './purpose';

export {useLandmarkName} from './purpose';

/** The props every sandbox widget takes from a page. */
export interface WidgetProps {
  sandbox: SandboxKey;
  /** Level of the widget's panel title; 3 under a page's h2 sections. */
  headingLevel?: HeadingLevel;
  /**
   * The panel title. Without one the widget renders bare, for a page that frames it in its
   * own Panel.
   */
  title?: string;
  /**
   * What this instance is for, when the page shows the widget more than once ("generate a
   * token"): added to its title, its region's name and the names of the landmarks inside,
   * so that each instance is told apart.
   */
  purpose?: string;
  /** An id for the panel, so a skip link can move focus to it. */
  anchor?: string;
}

export interface WidgetFrameProps extends WidgetProps {
  /** Accessible name of the widget's region when it stands alone on a page. */
  label: string;
  /** Height of the widget once loaded: its placeholder keeps the space free. */
  minHeight: string;
  /** A line under the panel title. */
  intro?: ReactNode;
  /** The widget itself: rendered in the browser only, once saved state has been read. */
  children: ReactNode;
}

/**
 * The frame of every sandbox widget: its SandboxShell (placeholder, notice, loading) and,
 * when a title is given, a titled Panel around it. Names carry the purpose, if any.
 */
export default function WidgetFrame({
  sandbox,
  headingLevel,
  title,
  purpose,
  anchor,
  label,
  minHeight,
  intro,
  children,
}: WidgetFrameProps): ReactNode {
  return (
    <SandboxShell
      sandbox={sandbox}
      minHeight={minHeight}
      label={withPurpose(label, purpose)}
      headingLevel={headingLevel}
    >
      {() => (
        <PurposeContext.Provider value={purpose ?? null}>
          {title === undefined ? (
            children
          ) : (
            <Panel title={withPurpose(title, purpose)} intro={intro} anchor={anchor}>
              {children}
            </Panel>
          )}
        </PurposeContext.Provider>
      )}
    </SandboxShell>
  );
}
