import type {ReactNode} from 'react';
import SandboxShell, {Panel, type HeadingLevel} from '@site/src/components/SandboxShell';
import type {SandboxKey} from '@site/src/components/SandboxStore';

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
 * when a title is given, a titled Panel around it.
 */
export default function WidgetFrame({
  sandbox,
  headingLevel,
  title,
  label,
  minHeight,
  intro,
  children,
}: WidgetFrameProps): ReactNode {
  return (
    <SandboxShell sandbox={sandbox} minHeight={minHeight} label={label} headingLevel={headingLevel}>
      {() =>
        title === undefined ? (
          children
        ) : (
          <Panel title={title} intro={intro}>
            {children}
          </Panel>
        )
      }
    </SandboxShell>
  );
}
