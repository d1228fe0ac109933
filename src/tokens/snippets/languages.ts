/**
 * The languages a request or script is shown in: one tab each. `language` is the tab's value,
 * the same across the site, so one choice applies everywhere; `prism` is Prism's name for it.
 */
export const LANGUAGES = [
  {language: 'curl', label: 'curl', prism: 'bash'},
  {language: 'python', label: 'Python', prism: 'python'},
  {language: 'javascript', label: 'JavaScript', prism: 'javascript'},
  {language: 'go', label: 'Go', prism: 'go'},
] as const;

export type SnippetLanguage = (typeof LANGUAGES)[number]['language'];

export type Snippet = (typeof LANGUAGES)[number] & {readonly code: string};

export function language(name: SnippetLanguage): (typeof LANGUAGES)[number] {
  return LANGUAGES.find((l) => l.language === name)!;
}
