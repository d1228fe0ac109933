import {useContext, useId, useRef, type ReactNode} from 'react';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {Placeholder, type WidgetSpec} from '@site/src/components/WidgetFrame';
import {useDue} from '@site/src/components/WidgetFrame/due';
import {DEFAULT_HEADING_LEVEL, ShellContext, withPurpose} from './context';
import NoticeBanner, {MirrorBanner} from './NoticeBanner';
import styles from './styles.module.css';

export {default as WidgetHeading} from './Heading';
export {default as StatusCode} from './StatusCode';
export {default as DataTable} from './DataTable';
export {default as Switch} from './Switch';
export {default as Button} from './Button';
export {default as widgetStyles} from './widgets.module.css';
export * from './format';
export {copyText} from './clipboard';

/** A widget's spec, for one store and, where given, one purpose. */
export interface SandboxShellProps extends Partial<WidgetSpec> {
  sandbox: SandboxKey;
  /** Nested only: mounts near the viewport or at its idle turn (short tasks, not one long one). */
  deferred?: boolean;
  /** What this instance is for: added to its title, its region's name and its landmarks'. */
  purpose?: string;
  /** An id for the panel, so a skip link can move focus to it. */
  anchor?: string;
  children: ReactNode;
}

/**
 * Every sandbox widget renders in one. The outermost is the widget's region, with the store's
 * notices and mirror banner, rendering the widget once storage is read and its mount turn came;
 * a nested one (a workspace panel) renders at once, or at its own turn when `deferred`. Given a
 * title, either is a labelled panel.
 */
export default function SandboxShell(props: SandboxShellProps): ReactNode {
  const {sandbox, title, intro, purpose, anchor, children} = props;
  const outer = useContext(ShellContext);
  const deferred = outer !== null && props.deferred === true;
  const headingLevel = props.headingLevel ?? outer?.headingLevel ?? DEFAULT_HEADING_LEVEL;
  const {ready, notice, condition, store, role} = useSandbox(sandbox);
  const ref = useRef<HTMLDivElement | null>(null);
  const due = useDue(ref, outer === null || deferred ? 'queued' : 'mounted');
  const titleId = useId();
  const Title = `h${headingLevel}` as 'h3';
  const panel =
    title === undefined ? (
      children
    ) : (
      // Focusable by script: a skip link or a step's "Show me" moves focus here.
      <section className={styles.panel} aria-labelledby={titleId} id={anchor} tabIndex={-1}>
        <Title id={titleId} className={styles.panelTitle}>
          {withPurpose(title, purpose)}
        </Title>
        {intro !== undefined && <p className={styles.panelIntro}>{intro}</p>}
        {children}
      </section>
    );
  const label = withPurpose(props.label ?? title ?? '', purpose);
  const mirror = role === 'mirror' || role === 'taking';
  return (
    <ShellContext.Provider value={{headingLevel, purpose: purpose ?? null}}>
      {deferred ? (
        <div ref={ref} className={styles.deferred} style={{minHeight: props.minHeight}}>
          {due ? panel : <Placeholder label={label} />}
        </div>
      ) : outer !== null ? (
        panel
      ) : (
        <div
          ref={ref}
          role="region"
          aria-label={label}
          className={styles.shell}
          data-ready={ready && due ? 'true' : 'false'}
        >
          {condition !== null && (
            <NoticeBanner notice={condition} onDismiss={() => store.dismissCondition()} />
          )}
          {notice !== null && (
            <NoticeBanner
              notice={notice}
              onDismiss={() => store.dismissNotice()}
              onUndo={() => store.undo()}
            />
          )}
          {mirror && <MirrorBanner taking={role === 'taking'} onTake={() => store.takeOver()} />}
          {/* Another tab writes this sandbox: it shows here live, and takes no action here. */}
          <div className={styles.live} inert={mirror}>
            {ready && due ? panel : <Placeholder label={label} />}
          </div>
        </div>
      )}
    </ShellContext.Provider>
  );
}
