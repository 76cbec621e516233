import type { Plugin } from 'esbuild'
import { defineConfig } from 'tsup'

/**
 * The bin only calls the public API: `src/cli/*` imports `../index.js`, which the bundle leaves
 * as an import of the library build beside it (`dist/index.js`) instead of a second copy.
 */
const useBuiltLibrary: Plugin = {
  name: 'use-built-library',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]/.test(args.importer) ? { path: './index.js', external: true } : undefined,
    )
  },
}

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Keep the bin, which the second build writes into the same folder at the same time.
    clean: ['!cli.js', '!cli.js.map'],
    target: 'node20',
    treeshake: true,
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
