import type {HTMLAttributes, ReactNode, Ref} from 'react';
import {useHeadingLevel} from './context';

/*
 * Widget headings: plain <hN> elements (not @theme/Heading) since they are client-only and
 * must not register anchors or TOC entries. `depth` counts from the panel title.
 */
export default function WidgetHeading({
  depth = 0,
  children,
  ref,
  ...rest
}: {
  depth?: 0 | 1 | 2;
  children: ReactNode;
  ref?: Ref<HTMLHeadingElement>;
} & HTMLAttributes<HTMLHeadingElement>): ReactNode {
  const level = Math.min(6, useHeadingLevel() + depth);
  const Tag = `h${level}` as 'h3';
  return (
    <Tag ref={ref} {...rest}>
      {children}
    </Tag>
  );
}
