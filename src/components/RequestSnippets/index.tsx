import {useMemo, type ReactNode} from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import {
  requestSnippets,
  rotationScripts,
  type HttpRequest,
  type RotationParams,
  type Snippet,
} from '@site/src/tokens';
import SnippetCode from './SnippetCode';
import styles from './styles.module.css';

/**
 * One tab group for every snippet on the site: choosing a language on one applies to all of
 * them (and to other pages), is remembered, and can be linked with `?lang=python`.
 */
export const LANGUAGE_GROUP = 'language';
export const LANGUAGE_QUERY = 'lang';

interface SnippetTabsProps {
  readonly snippets: ReadonlyArray<Snippet & {readonly title?: string}>;
}

/** Snippets as the theme's tabs, one per language; only the chosen one is rendered. */
export function SnippetTabs({snippets}: SnippetTabsProps): ReactNode {
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

export interface RequestSnippetsProps {
  /** The request: method, path (values already in it) and body, as the site shows it. */
  readonly request: Pick<HttpRequest, 'method' | 'path' | 'body'>;
  /** Shown as each code block's title. */
  readonly title?: string;
}

/** One request in curl, Python, JavaScript and Go. */
export default function RequestSnippets({request, title}: RequestSnippetsProps): ReactNode {
  const {method, path, body} = request;
  const snippets = useMemo(
    () => requestSnippets({method, path, body}).map((s) => ({...s, title})),
    [method, path, body, title],
  );
  return <SnippetTabs snippets={snippets} />;
}

export interface RotationScriptProps {
  /** The integration, client, table and sample record; the guide's example by default. */
  readonly params?: Partial<RotationParams>;
}

/** The token rotation as one script, in Python, JavaScript and Go; titled by file name. */
export function RotationScript({params}: RotationScriptProps): ReactNode {
  const snippets = useMemo(
    () => rotationScripts(params).map((s) => ({...s, title: s.fileName})),
    [params],
  );
  return <SnippetTabs snippets={snippets} />;
}
