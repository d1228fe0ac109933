import type {ReactNode} from 'react';

/** Stand-in for `@theme/Tabs` in component tests: its props as data attributes. */
export default function Tabs(props: {
  children?: ReactNode;
  groupId?: string;
  queryString?: string | boolean;
  lazy?: boolean;
}): ReactNode {
  return (
    <div
      data-stub="tabs"
      data-group-id={props.groupId}
      data-query-string={String(props.queryString)}
      data-lazy={String(props.lazy ?? false)}
    >
      {props.children}
    </div>
  );
}
