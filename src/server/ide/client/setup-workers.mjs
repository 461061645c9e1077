// Monaco editor web workers for GraphiQL 5, served from our own origin.
//
// GraphiQL 5 ships three ready-made setups (graphiql/setup-workers/{vite,webpack,esm.sh});
// none fits esbuild: `vite` relies on Vite's `?worker` imports, `webpack` on Webpack
// turning `new URL('monaco-editor/…', import.meta.url)` into an emitted chunk, and
// `esm.sh` loads the workers from the esm.sh CDN. So scripts/build-ide.mjs bundles the
// three workers itself (as classic IIFE scripts next to ide.js) and replaces the
// IDE_*_WORKER identifiers below with their relative file names (including a ?v=<build>
// cache-buster). `import.meta.url` is ide.js's own URL, so the workers resolve to
// /ide/<name>.worker.js whatever path the router is mounted under.
//
// This is plain JS (not TS) because the project's tsconfig compiles src/ as CommonJS,
// where `import.meta` is a type error.

/* global IDE_EDITOR_WORKER, IDE_JSON_WORKER, IDE_GRAPHQL_WORKER */

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return new Worker(new URL(IDE_JSON_WORKER, import.meta.url), { name: 'json' });
      case 'graphql':
        return new Worker(new URL(IDE_GRAPHQL_WORKER, import.meta.url), { name: 'graphql' });
      default:
        return new Worker(new URL(IDE_EDITOR_WORKER, import.meta.url), { name: label || 'editor' });
    }
  },
};
