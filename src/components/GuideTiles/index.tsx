import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useCurrentSidebarCategory, useDocById} from '@docusaurus/plugin-content-docs/client';
import type {PropSidebarItemLink} from '@docusaurus/plugin-content-docs';
import styles from './styles.module.css';

/* The guides index: a tile per guide of the category, from its front matter. */

/** Glyphs for Stitch's `icon` field; unknown names get the page glyph. */
const paths: Record<string, ReactNode> = {
  todo: (
    <>
      <rect x="4" y="3" width="16" height="18" rx="2" />
      <path d="M8 8l1.5 1.5L12 7M8 13l1.5 1.5L12 12M14 8.5h3M14 13.5h3M8 18h9" />
    </>
  ),
  key: (
    <>
      <circle cx="8" cy="15" r="4" />
      <path d="M11 12l8-8M16 7l2 2M14 9l2 2" />
    </>
  ),
  page: (
    <>
      <path d="M6 3h8l4 4v14H6z" />
      <path d="M14 3v4h4M9 12h6M9 16h6" />
    </>
  ),
};

function GuideIcon({name}: {name?: string}): ReactNode {
  const glyph = (name && paths[name]) ?? paths.page;
  return (
    <svg
      viewBox="0 0 24 24"
      width="40"
      height="40"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name ?? 'page'}
    >
      {glyph}
    </svg>
  );
}

function Tile({item}: {item: PropSidebarItemLink}): ReactNode {
  const doc = useDocById(item.docId ?? undefined);
  const icon = typeof item.customProps?.icon === 'string' ? item.customProps.icon : undefined;
  const description =
    typeof item.customProps?.description === 'string'
      ? item.customProps.description
      : doc?.description;
  return (
    <li className={styles.tile}>
      <Link to={item.href} className={styles.link} data-icon={icon}>
        <span className={styles.icon}>
          <GuideIcon name={icon} />
        </span>
        <span className={styles.body}>
          <span className={styles.title}>{item.label}</span>
          {description && <span className={styles.description}>{description}</span>}
        </span>
      </Link>
    </li>
  );
}

export default function GuideTiles(): ReactNode {
  const category = useCurrentSidebarCategory();
  const links = category.items.filter(
    (item): item is PropSidebarItemLink => item.type === 'link' && !item.unlisted,
  );
  return (
    <ul className={styles.tiles} aria-label={`${category.label}: all guides`}>
      {links.map((item) => (
        <Tile key={item.href} item={item} />
      ))}
    </ul>
  );
}
