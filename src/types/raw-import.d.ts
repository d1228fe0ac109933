/** A file's text, imported with `?raw` (see src/config/raw-import-plugin.ts). */
declare module '*?raw' {
  const text: string;
  export default text;
}
