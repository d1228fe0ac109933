import {lazy, type ComponentProps, type ComponentType, type ReactNode} from 'react';
import type ConnectConsoleWidget from '@site/src/components/ConnectConsole';
import type GuidedRotationWidget from '@site/src/components/GuidedRotation';
import LazyWidget from '@site/src/components/LazyWidget';
import type ScopeDemoWidget from '@site/src/components/ScopeDemo';
import type {SandboxKey} from '@site/src/components/SandboxStore';
import type WebAppPanelWidget from '@site/src/components/WebAppPanel';
import WebAppPanelPicture from '@site/src/components/WebAppPanelPicture';
import {withPurpose} from '@site/src/components/WidgetFrame/purpose';
import {
  DEFAULT_CONNECT_ENDPOINT,
  DEFAULT_WEB_APP_VIEW,
  connectConsoleFrame,
  frames,
  webAppPanelFrame,
  type FrameSpec,
} from '@site/src/components/widgetFrames';

/*
 * The guide's sandbox widgets, fetched when a reader comes near one (see LazyWidget)
 * rather than with the page: same props, same placeholder, same widget once loaded. Only
 * types come from the widgets' own modules here; their code is in `./live`.
 */

type Live = typeof import('./live');

const live = () => import(/* webpackChunkName: "guide-widgets" */ './live');

/** A lazy stand-in for one widget: its frame's placeholder now, the widget when due. */
function lazyWidget<P extends {sandbox: SandboxKey; purpose?: string}>(
  pick: (m: Live) => ComponentType<P>,
  frameOf: (props: P) => FrameSpec,
  fallbackOf?: (props: P) => ReactNode,
): (props: P) => ReactNode {
  const Widget = lazy(() => live().then((m) => ({default: pick(m)})));
  return function LazyGuideWidget(props: P): ReactNode {
    const frame = frameOf(props);
    return (
      <LazyWidget
        sandbox={props.sandbox}
        label={withPurpose(frame.label, props.purpose)}
        minHeight={frame.minHeight}
        fallback={fallbackOf?.(props)}
      >
        <Widget {...props} />
      </LazyWidget>
    );
  };
}

export const ScopeDemo = lazyWidget<ComponentProps<typeof ScopeDemoWidget>>(
  (m) => m.ScopeDemo,
  () => frames.scopeDemo,
);

/** Until the live web app arrives (or without JavaScript), a picture of the same screen. */
export const WebAppPanel = lazyWidget<ComponentProps<typeof WebAppPanelWidget>>(
  (m) => m.WebAppPanel,
  (p) => webAppPanelFrame(p.view ?? DEFAULT_WEB_APP_VIEW),
  (p) => <WebAppPanelPicture type={p.view === 'revoke' ? 'revoke' : 'generate'} />,
);

export const GuidedRotation = lazyWidget<ComponentProps<typeof GuidedRotationWidget>>(
  (m) => m.GuidedRotation,
  () => frames.guidedRotation,
);

export const ConnectConsole = lazyWidget<ComponentProps<typeof ConnectConsoleWidget>>(
  (m) => m.ConnectConsole,
  (p) => connectConsoleFrame(p.endpoint ?? DEFAULT_CONNECT_ENDPOINT),
);
