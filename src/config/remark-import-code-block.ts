/**
 * Remark plugin: an MDX file with a fenced code block imports `@theme/CodeBlock` itself.
 *
 * Code blocks are not part of every page (src/theme/MDXComponents/Code.tsx does not import
 * them, because they bring Prism). A page that has one needs the component loaded with the
 * page's chunks, before React hydrates the page: otherwise hydration meets a component that
 * is still loading and replaces the server-rendered block with a fallback. The import makes
 * the page depend on it (webpack puts it in the `prism` chunk, loaded with the page), and
 * `src/theme/CodeBlock/loaded.ts` lets Code.tsx render it synchronously.
 */
interface MdNode {
  type: string;
  children?: MdNode[];
}

function hasFencedCode(node: MdNode): boolean {
  return node.type === 'code' || (node.children ?? []).some(hasFencedCode);
}

/** `import '@theme/CodeBlock';` as the ESM node MDX compiles (estree, as Docusaurus's own). */
const importCodeBlock = {
  type: 'mdxjsEsm',
  value: '',
  data: {
    estree: {
      type: 'Program',
      sourceType: 'module',
      body: [
        {
          type: 'ImportDeclaration',
          specifiers: [],
          attributes: [],
          source: {type: 'Literal', value: '@theme/CodeBlock', raw: "'@theme/CodeBlock'"},
        },
      ],
    },
  },
};

export default function remarkImportCodeBlock() {
  return (tree: MdNode): void => {
    if (hasFencedCode(tree)) tree.children?.unshift(structuredClone(importCodeBlock));
  };
}
