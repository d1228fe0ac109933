import {lazy, type ComponentType, type ReactNode} from 'react';
import type {SandboxShellProps} from '@site/src/components/SandboxShell';
import WebAppPanelPicture from '@site/src/components/WebAppPanelPicture';
import WidgetFrame, {specs, type WidgetSpec} from '@site/src/components/WidgetFrame';
import {ENDPOINTS, type ConnectEndpoint} from '@site/src/components/ConnectConsole/spec';
import type {WebAppView} from '@site/src/components/WebAppPanel/screens';

/* Fetched as a reader nears one (WidgetFrame `lazy`): the frame is here, the rest in ./live. */

type Live = typeof import('./live');
const live = () => import(/* webpackChunkName: "guide-widgets" */ './live');
const SandboxShell = lazy(() => live().then((m) => ({default: m.SandboxShell})));

type GuideProps = Pick<SandboxShellProps, 'sandbox' | 'purpose' | 'headingLevel' | 'title'>;

/** One guide widget: its frame's placeholder now, the widget in its shell when due. */
function guideWidget<P extends GuideProps>(
  pick: (m: Live) => ComponentType<P>,
  specOf: (props: P) => WidgetSpec,
  fallbackOf?: (props: P) => ReactNode,
): (props: P) => ReactNode {
  const Widget = lazy(() => live().then((m) => ({default: pick(m)})));
  return function GuideWidget(props: P): ReactNode {
    const spec = specOf(props);
    return (
      <WidgetFrame
        lazy
        sandbox={props.sandbox}
        spec={spec}
        purpose={props.purpose}
        fallback={fallbackOf?.(props)}
      >
        <SandboxShell {...spec} {...props}>
          <Widget {...props} />
        </SandboxShell>
      </WidgetFrame>
    );
  };
}

export const ScopeDemo = guideWidget<GuideProps>(
  (m) => m.ScopeDemo,
  () => specs.scopeDemo,
);

/** Until the live web app arrives (or without JavaScript), a picture of the same screen. */
export const WebAppPanel = guideWidget<GuideProps & {view: WebAppView}>(
  (m) => m.WebAppPanel,
  (p) => specs.webApp[p.view],
  (p) => <WebAppPanelPicture type={p.view === 'revoke' ? 'revoke' : 'generate'} />,
);

export const GuidedRotation = guideWidget<GuideProps>(
  (m) => m.GuidedRotation,
  () => specs.guidedRotation,
);

export const ConnectConsole = guideWidget<GuideProps & {endpoint: ConnectEndpoint}>(
  (m) => m.ConnectConsole,
  // Named by the preselected endpoint: the guide shows two, and landmarks need distinct names.
  (p) => ({
    ...specs.connectConsole,
    label: `${specs.connectConsole.label}, ${ENDPOINTS[p.endpoint].purpose}`,
  }),
);
