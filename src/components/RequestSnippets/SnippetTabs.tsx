import type {ReactNode} from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import type {Snippet} from '@site/src/tokens/snippets/languages';
import styles from './styles.module.css';

/**
 * Code per language as the theme's tabs, in one site-wide group: a language chosen once applies
 * everywhere, linkable as `?lang=`. When `lazy`, only the chosen tab is rendered.
 */
export default function SnippetTabs<S extends Snippet>({
  snippets,
  lazy,
  render,
}: {
  snippets: readonly S[];
  lazy?: boolean;
  render: (snippet: S) => ReactNode;
}): ReactNode {
  return (
    <div className={styles.snippets}>
      <Tabs groupId="language" queryString="lang" lazy={lazy}>
        {snippets.map((s) => (
          <TabItem key={s.language} value={s.language} label={s.label}>
            {render(s)}
          </TabItem>
        ))}
      </Tabs>
    </div>
  );
}
