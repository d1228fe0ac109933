import type {ReactNode} from 'react';
import type {WrapperProps} from '@docusaurus/types';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import CopyPageMarkdown from '@site/src/components/CopyPageMarkdown';
import {markdownUrlFor} from '@site/src/config/llms/markdown-url';

/** Docusaurus's doc content, wrapped: the "Copy page as Markdown" row above the title. */
export default function ContentWrapper(props: WrapperProps<typeof ContentType>): ReactNode {
  const {permalink} = useDoc().metadata;
  const {baseUrl} = useDocusaurusContext().siteConfig;
  return (
    <>
      <CopyPageMarkdown markdownUrl={markdownUrlFor(permalink, baseUrl)} />
      <Content {...props} />
    </>
  );
}
