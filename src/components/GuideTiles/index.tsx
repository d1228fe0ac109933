import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useCurrentSidebarCategory, useDocById} from '@docusaurus/plugin-content-docs/client';
import type {PropSidebarItemLink} from '@docusaurus/plugin-content-docs';
import GuideIcon from './icons';
import styles from './styles.module.css';

/* The guides index: a tile per guide of the category, from its front matter. */

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
