/**
 * Remark plugin: an MDX file with a code fence imports `@theme/CodeBlock` itself, so the block
 * is loaded before hydration (else React swaps the server-rendered block for a fallback).
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
