import {useContext, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';
import {ShellContext, type HeadingLevel} from './context';
import NoticeBanner, {MirrorBanner} from './NoticeBanner';
import {useMountWhenDue} from './mountQueue';
import {Placeholder, ShellFrame} from './Placeholder';
import styles from './styles.module.css';

export {Placeholder, ShellFrame} from './Placeholder';
export {default as Panel} from './Panel';
export {default as WidgetHeading} from './Heading';
export {default as StatusCode} from './StatusCode';
export {default as DataTable, type Column, type TableRow} from './DataTable';
export {default as Switch} from './Switch';
export {default as widgetStyles} from './widgets.module.css';
export {useHeadingLevel, type HeadingLevel} from './context';
export * from './format';
export {copyText} from './clipboard';
export {useAnnouncement} from './announce';

export interface SandboxShellProps {
  sandbox: SandboxKey;
  /** Height of the widget once loaded (CSS length or px): the placeholder keeps it free. */
  minHeight: number | string;
  /** Accessible name of the widget's region, e.g. "Token rotation sandbox". */
  label: string;
  /** Level of panel titles inside; 3 under a page's h2 sections. */
  headingLevel?: HeadingLevel;
  children: () => ReactNode;
}

/**
 * The client-only frame every sandbox widget renders in. The server (and the first client
 * render) gets a same-size placeholder, so hydration matches and nothing jumps; the widget
 * itself renders once saved state has been read. Shells nest: a widget inside another
 * widget's shell just renders, so a page shows one notice.
 */
export default function SandboxShell(props: SandboxShellProps): ReactNode {
  const outer = useContext(ShellContext);
  if (outer !== null) return props.children();
  return (
    <ShellFrame sandbox={props.sandbox} minHeight={props.minHeight}>
      <BrowserOnly fallback={<Placeholder label={props.label} />}>
        {() => <LiveShell {...props} />}
      </BrowserOnly>
    </ShellFrame>
  );
}

function LiveShell({sandbox, label, headingLevel = 3, children}: SandboxShellProps): ReactNode {
  const {ready, notice, condition, store, role} = useSandbox(sandbox);
  const mirror = role === 'mirror' || role === 'taking';
  const [ref, due] = useMountWhenDue();
  return (
    <ShellContext.Provider value={{sandbox, headingLevel}}>
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
          {ready && due ? children() : <Placeholder label={label} />}
        </div>
      </div>
    </ShellContext.Provider>
  );
}
