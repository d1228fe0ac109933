import type {ReactNode} from 'react';
import {Panel} from '@site/src/components/SandboxShell';

/**
 * A titled Panel when a title is given, else the bare widget: the full sandbox page frames
 * these widgets itself, the guide asks them for a title.
 */
export default function Framed({
  title,
  children,
}: {
  title?: string;
  children: ReactNode;
}): ReactNode {
  return title === undefined ? <>{children}</> : <Panel title={title}>{children}</Panel>;
}
