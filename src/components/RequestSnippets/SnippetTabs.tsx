import type {ReactNode} from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import type {Snippet} from '@site/src/tokens/snippets';
import SnippetCode from './SnippetCode';
import styles from './styles.module.css';

/** One site-wide tab group: a language chosen once applies everywhere, linkable as `?lang=`. */
export const LANGUAGE_GROUP = 'language';
export const LANGUAGE_QUERY = 'lang';

/** Snippets as the theme's tabs, one per language; only the chosen one is rendered. */
export default function SnippetTabs({
  snippets,
}: {
  snippets: readonly (Snippet & {title?: string})[];
}): ReactNode {
  return (
    <div className={styles.snippets}>
      <Tabs groupId={LANGUAGE_GROUP} queryString={LANGUAGE_QUERY} lazy>
        {snippets.map((s) => (
          <TabItem key={s.language} value={s.language} label={s.label}>
            <SnippetCode code={s.code} language={s.prism} title={s.title} />
          </TabItem>
        ))}
      </Tabs>
    </div>
  );
}
