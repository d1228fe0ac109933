import type {ReactNode} from 'react';

/** Stand-in for `@theme/TabItem` in component tests: every tab rendered, labelled. */
export default function TabItem(props: {
  children?: ReactNode;
  value: string;
  label?: string;
}): ReactNode {
  return (
    <section data-value={props.value} aria-label={props.label}>
      {props.children}
    </section>
  );
}
