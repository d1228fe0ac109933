import type {ReactNode} from 'react';
import {useSandbox, type SandboxKey} from '@site/src/components/SandboxStore';

/** Placeholder export so pages can import it while the widget is being built. */
export default function RotationGuide({sandbox}: {sandbox: SandboxKey}): ReactNode {
  const {ready} = useSandbox(sandbox);
  return <div data-widget="RotationGuide" data-ready={ready ? 'true' : 'false'} />;
}
