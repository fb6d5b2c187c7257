import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const DEFAULT_TOPOLOGY_ID = 'virtual:floatplan/default-topology';
const DEFAULT_TOPOLOGY_FILE = fileURLToPath(new URL('./public/examples/type2-floating-ip.json', import.meta.url));

/**
 * Embeds public/examples/type2-floating-ip.json in the bundle as `virtual:floatplan/default-topology`.
 * The file stays in public/ (served like every preset); importing it from there directly makes
 * Vite's dev server warn on every load, so it comes in through this module instead.
 */
function embedDefaultTopology(): Plugin {
  const resolvedId = `\0${DEFAULT_TOPOLOGY_ID}`;
  return {
    name: 'floatplan:default-topology',
    resolveId: (source) => (source === DEFAULT_TOPOLOGY_ID ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(DEFAULT_TOPOLOGY_FILE);
      return `export default JSON.parse(${JSON.stringify(readFileSync(DEFAULT_TOPOLOGY_FILE, 'utf8'))});`;
    },
  };
}

const CORE_EN = fileURLToPath(new URL('./src/core/i18n/en.ts', import.meta.url));
const CORE_EN_FIRST_SCREEN = fileURLToPath(new URL('./src/core/i18n/enFirstScreen.ts', import.meta.url));

/**
 * In the app's build, core/i18n/en.ts (every English catalog, which the CLI, the workers and the tests keep) becomes
 * core/i18n/enFirstScreen.ts: the import, script and check catalogs then come with the features that show them
 * (src/i18n/lateEnglish.ts), not in the first load. Build only: workers are built with `worker.plugins`, so they
 * keep every catalog, and the dev server serves the whole table.
 */
function firstScreenEnglish(): Plugin {
  return {
    name: 'floatplan:first-screen-english',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/\/en$/.test(source) || !importer) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === CORE_EN ? CORE_EN_FIRST_SCREEN : undefined;
    },
  };
}

const CORE_JA = fileURLToPath(new URL('./src/core/i18n/ja.ts', import.meta.url));

/**
 * The core catalogs the Japanese table gathers, read from its imports, so a catalog added there joins the chunk
 * (a hand-kept list once missed core/check, which then came as a second request). The diagram, lesson, trace
 * and document catalogs import their Japanese statically and are not gathered there: they stay out, or the whole
 * group would become a static import of the first load.
 */
function coreJapaneseCatalogs(): Set<string> {
  const text = readFileSync(CORE_JA, 'utf8');
  const files = [...text.matchAll(/^import \{[^}]*\} from '(\.\.?\/[^']+\.ja)';$/gm)].map((m) =>
    fileURLToPath(new URL(`${m[1]}.ts`, `file://${CORE_JA}`)),
  );
  return new Set([CORE_JA, ...files]);
}
const LAZY_CORE_JA = coreJapaneseCatalogs();

/** Whether a module belongs to the on-demand Japanese chunk: the core's table and its catalogs, and every UI catalog. */
export function isLazyJapanese(id: string, core: ReadonlySet<string> = LAZY_CORE_JA): boolean {
  const file = id.split('?')[0]!.replaceAll('\\', '/');
  return core.has(file) || /\/src\/(app|features|lib)\/(.*\/)?messages\.ja\.ts$|\/src\/i18n\/appWording\.ja\.ts$/.test(file);
}

const ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url));

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * Names `first-load` every module the entry reaches through static imports, so the first load is that chunk and the
 * entry. Left to
 * itself, rolldown puts each module that a lazy chunk shares with the first load in a chunk of its own (28 files,
 * each gzipped alone); the lazy chunks import from this one instead, which the page has loaded before them.
 */
function firstLoadChunk(): (id: string, graph: ModuleGraph) => string | null {
  // Keyed by the entry's module info, which rolldown reuses within one chunking pass: a rebuild walks its own graph.
  const reachedIn = new WeakMap<object, Set<string>>();
  return (id, graph) => {
    const entry = graph.getModuleInfo(ENTRY);
    if (!entry) return null;
    let reached = reachedIn.get(entry);
    if (!reached) {
      reached = new Set([ENTRY]);
      for (const module of reached) for (const next of graph.getModuleInfo(module)?.importedIds ?? []) reached.add(next);
      reachedIn.set(entry, reached);
    }
    // The entry itself stays out: its top-level await (src/main.tsx) waits for lazy chunks (the Japanese catalogs,
    // dagre) that import this chunk, which must therefore finish evaluating first.
    return id !== ENTRY && reached.has(id) ? 'first-load' : null;
  };
}

// React Flow's own MiniMap is replaced by CanvasMiniMap (a path per element kind instead of a node and a store
// subscription per node), but its `MiniMapComponent.displayName = 'MiniMap'` statement is a side effect the bundler
// must keep, and with it the whole component (~1 KB gzip of the first load). Dropping that one statement in the build
// lets it go. It fails the build if the statement is not found, so a React Flow upgrade is looked at, not ignored.
const REACT_FLOW_ESM = /@xyflow[\\/]react[\\/]dist[\\/]esm[\\/]index\.m?js$/;
const MINIMAP_DISPLAY_NAME = "MiniMapComponent.displayName = 'MiniMap';";
function dropReactFlowMiniMap(): Plugin {
  return {
    name: 'floatplan:drop-react-flow-minimap',
    apply: 'build',
    transform(code, id) {
      if (!REACT_FLOW_ESM.test(id)) return null;
      if (!code.includes(MINIMAP_DISPLAY_NAME))
        this.error(`${MINIMAP_DISPLAY_NAME} is no longer in ${id}: check that React Flow's MiniMap is still left out of the bundle`);
      return { code: code.replace(MINIMAP_DISPLAY_NAME, ''), map: null };
    },
  };
}

// Fixed ports so docs and the Playwright config can rely on them; strictPort fails
// loudly instead of silently moving to another port.
export default defineConfig({
  plugins: [react(), embedDefaultTopology(), firstScreenEnglish(), dropReactFlowMiniMap()],
  // Module workers, so the import worker can lazy-load the Terraform and Bicep parsers as chunks of its own.
  worker: { format: 'es' },
  build: {
    // The first load is one chunk besides the entry on purpose (firstLoadChunk); its budget is gzip, checked by
    // bench/canvas/size.ts.
    chunkSizeWarningLimit: 700,
    // Every browser the build targets (Baseline widely available) supports modulepreload: no polyfill in the entry.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // React.memo only wraps a component: a memo'd component nobody renders (React Flow's MiniMap, NodeToolbar,
      // NodeResizer…) is dead code, ~4 KB gzip of the first load that the bundler kept as a call it could not judge.
      treeshake: { manualPureFunctions: ['memo'] },
      output: {
        // The Japanese catalogs (every messages.ja.ts and the core's i18n/ja.ts) travel as one chunk, fetched when
        // the user picks Japanese (src/i18n/catalog.ts): one request instead of one per catalog. Only those files: by
        // default a group also takes their imports (English tables, render), which would drag it into the first load.
        codeSplitting: {
          groups: [
            { name: 'messages-ja', test: isLazyJapanese, includeDependenciesRecursively: false },
            { name: firstLoadChunk(), includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
