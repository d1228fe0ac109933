/* The docs as llms.txt lists them: sidebar order, by top-level category, each doc once. */

export interface SidebarItemLike {
  type: string;
  id?: string;
  label?: string;
  items?: SidebarItemLike[];
  link?: {type: string; id?: string};
}

export interface DocLike {
  id: string;
  title: string;
  description: string;
  permalink: string;
  unlisted?: boolean;
}

/** Doc ids in reading order: a category's own page first, then its items. */
function docIds(items: SidebarItemLike[]): string[] {
  return items.flatMap((item) => {
    if (item.type === 'doc' && item.id) return [item.id];
    if (item.type !== 'category') return [];
    const own = item.link?.type === 'doc' && item.link.id ? [item.link.id] : [];
    return [...own, ...docIds(item.items ?? [])];
  });
}

/** Sections in sidebar order; loose docs under "Docs", the rest last; unlisted left out. */
export function docSections<D extends DocLike>(
  sidebars: Record<string, SidebarItemLike[]>,
  docs: D[],
) {
  // A doc leaves `unplaced` as it joins a section, so it is listed once.
  const unplaced = new Map(docs.filter((d) => !d.unlisted).map((d) => [d.id, d]));
  const sections = new Map<string, D[]>();
  const add = (title: string, ids: string[]) => {
    for (const doc of ids.flatMap((id) => unplaced.get(id) ?? [])) {
      unplaced.delete(doc.id);
      sections.set(title, [...(sections.get(title) ?? []), doc]);
    }
  };
  for (const items of Object.values(sidebars)) {
    for (const item of items) {
      add(item.type === 'category' ? (item.label ?? 'Docs') : 'Docs', docIds([item]));
    }
  }
  add('Other pages', [...unplaced.keys()]);
  return [...sections].map(([title, docs]) => ({title, docs}));
}
