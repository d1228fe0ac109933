import {themes, type PrismTheme} from 'prism-react-renderer';

/* GitHub and Dracula with the colours below WCAG AA (4.5:1) moved just past it, same hue. */

/** The theme with some token colours replaced, keyed by the colour they replace. */
function recolour(theme: PrismTheme, colours: Readonly<Record<string, string>>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((entry) => {
      const old = entry.style.color;
      const replacement = old === undefined ? undefined : colours[old];
      return replacement === undefined
        ? entry
        : {...entry, style: {...entry.style, color: replacement}};
    }),
  };
}

const github = recolour(themes.github, {
  '#999988': '#717165', // comment: 2.7 → 4.6
  '#e3116c': '#da1068', // string, attr-value: 4.3 → 4.6
  '#36acaa': '#277c7a', // number, boolean, property, variable…: 2.6 → 4.6
  '#00a4db': '#0079a2', // atrule, keyword, attr-name: 2.7 → 4.6
  '#d73a49': '#ce3846', // function, tag, deleted: 4.3 → 4.6
});

/** On #f6f8fa. Namespaces are plain text faded to 0.7 (4.49:1): 0.8 instead. */
export const lightCodeTheme: PrismTheme = {
  ...github,
  styles: github.styles.map((entry) =>
    entry.types.includes('namespace') ? {...entry, style: {...entry.style, opacity: 0.8}} : entry,
  ),
};

/** On #282a36. */
export const darkCodeTheme: PrismTheme = recolour(themes.dracula, {
  'rgb(98, 114, 164)': '#8692b9', // comment: 3.0 → 4.6
});
