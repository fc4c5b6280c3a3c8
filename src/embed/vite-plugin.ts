import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
const MARKER = '__CRISIS_CHRONOLOGY_STYLESHEETS__';

/** Every stylesheet a chunk needs, including those of the chunks it imports. */
function stylesheetsOf(
  chunk: Rollup.OutputChunk,
  bundle: Rollup.OutputBundle,
  seen = new Set<string>(),
): string[] {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  const own = [...(chunk.viteMetadata?.importedCss ?? [])];
  const imported = chunk.imports.flatMap((name) => {
    const next = bundle[name];
    return next?.type === 'chunk' ? stylesheetsOf(next, bundle, seen) : [];
  });
  return [...new Set([...imported, ...own])];
}

/**
 * Adds the two embed files to `vite build`, at fixed names an embedder can link to:
 * - dist/element.js, the <crisis-chronology> custom element: a second entry of the app's build, sharing
 *   its chunks; the stylesheets it needs are written into it for its shadow root.
 * - dist/embed.js, the iframe loader: built on its own as one small classic script (IIFE), so it runs
 *   from a plain <script src async> on any page.
 */
export function embedBuild(): Plugin {
  return {
    name: 'crisis-chronology-embed',
    apply: 'build',
    config(config) {
      if (config.build?.lib) return;
      return {
        build: {
          rolldownOptions: {
            input: { index: here('../../index.html'), element: here('./element.ts') },
            output: {
              entryFileNames: (chunk) =>
                chunk.name === 'element' ? 'element.js' : 'assets/[name]-[hash].js',
            },
          },
        },
      };
    },
    async generateBundle(_options, bundle) {
      const element = bundle['element.js'];
      if (element?.type === 'chunk') {
        element.code = element.code.replace(MARKER, stylesheetsOf(element, bundle).join(','));
      }
      const loader = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          minify: true,
          target: 'es2019',
          lib: {
            entry: here('./loader.ts'),
            formats: ['iife'],
            name: 'crisisChronologyEmbed',
            fileName: () => 'embed.js',
          },
        },
      });
      const outputs = Array.isArray(loader) ? loader : [loader];
      const code = outputs
        .flatMap((o) => ('output' in o ? o.output : []))
        .find((o): o is Rollup.OutputChunk => o.type === 'chunk')?.code;
      if (!code) this.error('the embed loader (src/embed/loader.ts) produced no code');
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: code });
    },
  };
}
