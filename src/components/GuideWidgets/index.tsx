import {lazy, type ComponentProps, type ReactNode} from 'react';
import type ConnectConsoleWidget from '@site/src/components/ConnectConsole';
import type GuidedRotationWidget from '@site/src/components/GuidedRotation';
import LazyWidget from '@site/src/components/LazyWidget';
import type ScopeDemoWidget from '@site/src/components/ScopeDemo';
import type WebAppPanelWidget from '@site/src/components/WebAppPanel';
import {withPurpose} from '@site/src/components/WidgetFrame/purpose';
import {
  DEFAULT_CONNECT_ENDPOINT,
  DEFAULT_WEB_APP_VIEW,
  connectConsoleFrame,
  guidedRotationFrame,
  scopeDemoFrame,
  webAppPanelFrame,
} from '@site/src/components/widgetFrames';

/*
 * The guide's sandbox widgets, fetched when a reader comes near one (see LazyWidget)
 * rather than with the page: same props, same placeholder, same widget once loaded. Only
 * types come from the widgets' own modules here; their code is in `./live`.
 */

const live = () => import(/* webpackChunkName: "guide-widgets" */ './live');

const LiveScopeDemo = lazy(() => live().then((m) => ({default: m.ScopeDemo})));
const LiveWebAppPanel = lazy(() => live().then((m) => ({default: m.WebAppPanel})));
const LiveGuidedRotation = lazy(() => live().then((m) => ({default: m.GuidedRotation})));
const LiveConnectConsole = lazy(() => live().then((m) => ({default: m.ConnectConsole})));

export function ScopeDemo(props: ComponentProps<typeof ScopeDemoWidget>): ReactNode {
  return (
    <LazyWidget
      sandbox={props.sandbox}
      label={withPurpose(scopeDemoFrame.label, props.purpose)}
      minHeight={scopeDemoFrame.minHeight}
    >
      <LiveScopeDemo {...props} />
    </LazyWidget>
  );
}

export function WebAppPanel(props: ComponentProps<typeof WebAppPanelWidget>): ReactNode {
  const frame = webAppPanelFrame(props.view ?? DEFAULT_WEB_APP_VIEW);
  return (
    <LazyWidget
      sandbox={props.sandbox}
      label={withPurpose(frame.label, props.purpose)}
      minHeight={frame.minHeight}
    >
      <LiveWebAppPanel {...props} />
    </LazyWidget>
  );
}

export function GuidedRotation(props: ComponentProps<typeof GuidedRotationWidget>): ReactNode {
  return (
    <LazyWidget sandbox={props.sandbox} {...guidedRotationFrame}>
      <LiveGuidedRotation {...props} />
    </LazyWidget>
  );
}

export function ConnectConsole(props: ComponentProps<typeof ConnectConsoleWidget>): ReactNode {
  const frame = connectConsoleFrame(props.endpoint ?? DEFAULT_CONNECT_ENDPOINT);
  return (
    <LazyWidget
      sandbox={props.sandbox}
      label={withPurpose(frame.label, props.purpose)}
      minHeight={frame.minHeight}
    >
      <LiveConnectConsole {...props} />
    </LazyWidget>
  );
}
