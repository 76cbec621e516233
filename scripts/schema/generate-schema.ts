import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { TypeToSchema, type JsonSchema } from './type-to-schema.js'

/** The repository root, from this file's place in `scripts/schema/`. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The committed schema: shipped as `zfxxgk/schema.json`, compared with the types by the suite. */
export const schemaPath = join(repositoryRoot, 'schema.json')

/**
 * Builds the JSON Schema of `ParsedReport` from `src/model/` with the TypeScript compiler the
 * project type-checks with, so the schema and the types cannot tell two stories. The output is
 * deterministic: properties in declaration order, definitions sorted by name.
 */
export function generateSchema(root = repositoryRoot): JsonSchema {
  const configPath = join(root, 'tsconfig.json')
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
  } })
  if (config === undefined) throw new Error(`Cannot read ${configPath}`)
  const entry = join(root, 'src/model/report.ts')
  const program = ts.createProgram([entry], config.options)
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(entry)
  const moduleSymbol = source && checker.getSymbolAtLocation(source)
  const rootSymbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.getName() === 'ParsedReport')
  if (rootSymbol === undefined) throw new Error('src/model/report.ts does not export ParsedReport')

  const sourceRoot = join(root, 'src') + '/'
  const converter = new TypeToSchema(checker, (file) => resolve(file.fileName).startsWith(sourceRoot))
  const reference = converter.convert(checker.getDeclaredTypeOfSymbol(rootSymbol), 'ParsedReport')
  const definitions = Object.fromEntries([...converter.definitions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'zfxxgk ParsedReport',
    description: 'The result of `parseReport` (and of `zfxxgk parse`), discriminated by `generation`. Generated from src/model/ by `npm run schema`; do not edit by hand.',
    ...reference,
    definitions,
  }
}

/** The schema as it is written to `schema.json`: two-space JSON with a final newline. */
export function serializeSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`
}
