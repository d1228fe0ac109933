import {useContext, type ComponentProps, type ReactNode} from 'react';
import {DEFAULT_HEADING_LEVEL, ShellContext} from './context';

/*
 * Widget headings: plain <hN> elements (not @theme/Heading) since they are client-only and
 * must not register anchors or TOC entries. `depth` counts from the panel title.
 */
export default function WidgetHeading({
  depth = 0,
  ...rest
}: {depth?: 0 | 1 | 2} & ComponentProps<'h3'>): ReactNode {
  const Tag =
    `h${Math.min(6, (useContext(ShellContext)?.headingLevel ?? DEFAULT_HEADING_LEVEL) + depth)}` as 'h3';
  return <Tag {...rest} />;
}
