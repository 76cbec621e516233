import type { Plugin } from 'esbuild'
import { defineConfig } from 'tsup'

/**
 * The bin and the testing kit only call the public API: `src/cli/*` and `src/testing/*` import
 * `../index.js`, which the bundle leaves as an import of the library build beside it
 * (`dist/index.js`, or `dist/index.cjs` in the CommonJS build) instead of a second copy.
 */
const useBuiltLibrary: Plugin = {
  name: 'use-built-library',
  setup(build) {
    const library = build.initialOptions.format === 'cjs' ? './index.cjs' : './index.js'
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/](cli|testing)[\\/]/.test(args.importer) ? { path: library, external: true } : undefined,
    )
  },
}

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Keep the bin and the testing kit, which the other builds write into the same folder at the same time.
    clean: ['!cli.js', '!cli.js.map', '!testing.*'],
    target: 'node20',
    treeshake: true,
  },
  {
    // zfxxgk/testing: fast-check stays the user's own (a peer dependency).
    entry: { testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    external: ['fast-check'],
    esbuildPlugins: [useBuiltLibrary],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    esbuildPlugins: [useBuiltLibrary],
  },
])
