/** The languages a request or script is shown in: one tab each, the same values site-wide. */
export type SnippetLanguage = 'curl' | 'python' | 'javascript' | 'go';

export interface Snippet {
  /** The tab's value: the same across the site, so one choice applies everywhere. */
  readonly language: SnippetLanguage;
  readonly label: string;
  /** Prism's name for the language. */
  readonly prism: 'bash' | 'python' | 'javascript' | 'go';
  readonly code: string;
}

export const LANGUAGES: ReadonlyArray<Omit<Snippet, 'code'>> = [
  {language: 'curl', label: 'curl', prism: 'bash'},
  {language: 'python', label: 'Python', prism: 'python'},
  {language: 'javascript', label: 'JavaScript', prism: 'javascript'},
  {language: 'go', label: 'Go', prism: 'go'},
];

export function language(name: SnippetLanguage): Omit<Snippet, 'code'> {
  return LANGUAGES.find((l) => l.language === name)!;
}
