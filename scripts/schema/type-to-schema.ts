import ts from 'typescript'

/** A JSON Schema (draft-07) node, as plain JSON. */
export type JsonSchema = { [keyword: string]: unknown }

/**
 * Turns TypeScript types of the data contract into draft-07 JSON Schema, with a definition for
 * every named interface or type alias declared in our own sources (`Position`, `CellValue`,
 * `Section`, `Report2019`, …) and everything else inlined. Only plain data can be converted:
 * `any`, functions, classes such as `Int32Array` and symbols are refused with an error naming
 * the path, so a contract change the converter does not understand is noticed, never guessed.
 */
export class TypeToSchema {
  /** Definitions found so far, by name. */
  readonly definitions = new Map<string, JsonSchema>()
  private readonly definitionTypes = new Map<string, ts.Type>()

  constructor(
    private readonly checker: ts.TypeChecker,
    /** Whether a declaration belongs to the contract's own sources (not lib.d.ts or node_modules). */
    private readonly isOwnSource: (file: ts.SourceFile) => boolean,
  ) {}

  /** Schema of a type: a `$ref` for a named type of our sources, an inline schema otherwise. */
  convert(type: ts.Type, where: string): JsonSchema {
    const name = this.ownName(type)
    if (name === undefined) return this.inline(type, where)
    const known = this.definitionTypes.get(name)
    if (known !== undefined && known !== type) throw new Error(`Two different types are named ${name} (at ${where})`)
    if (known === undefined) {
      this.definitionTypes.set(name, type)
      this.definitions.set(name, {}) // placeholder first: recursive types (Section.children) refer to it
      const schema = this.inline(type, name)
      const description = this.describe((type.aliasSymbol ?? type.getSymbol()) as ts.Symbol)
      this.definitions.set(name, description ? { description, ...schema } : schema)
    }
    return { $ref: `#/definitions/${name}` }
  }

  private ownName(type: ts.Type): string | undefined {
    const symbol = type.aliasSymbol ?? (isInterface(type) ? type.getSymbol() : undefined)
    const declaration = symbol?.declarations?.[0]
    return symbol && declaration && this.isOwnSource(declaration.getSourceFile()) ? symbol.getName() : undefined
  }

  private inline(type: ts.Type, where: string): JsonSchema {
    const flags = type.flags
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) throw new Error(`${where}: \`${this.checker.typeToString(type)}\` has no JSON Schema; give it a precise type`)
    if (flags & ts.TypeFlags.Null) return { type: 'null' }
    if (flags & ts.TypeFlags.StringLiteral) return { type: 'string', const: (type as ts.StringLiteralType).value }
    if (flags & ts.TypeFlags.NumberLiteral) return { type: 'number', const: (type as ts.NumberLiteralType).value }
    if (flags & ts.TypeFlags.BooleanLiteral) return { type: 'boolean', const: type === this.checker.getTrueType() }
    if (flags & ts.TypeFlags.String) return { type: 'string' }
    if (flags & ts.TypeFlags.Number) return { type: 'number' }
    if (flags & ts.TypeFlags.Boolean) return { type: 'boolean' }
    if (type.isUnion()) return this.union(type, where)
    if (this.checker.isTupleType(type)) return this.tuple(type as ts.TypeReference, where)
    if (this.checker.isArrayType(type)) {
      const [element] = this.checker.getTypeArguments(type as ts.TypeReference)
      return { type: 'array', items: this.convert(element as ts.Type, `${where}[]`) }
    }
    if (flags & ts.TypeFlags.Object || type.isIntersection()) return this.object(type, where)
    throw new Error(`${where}: \`${this.checker.typeToString(type)}\` has no JSON Schema`)
  }

  private union(type: ts.UnionType, where: string): JsonSchema {
    const members = type.types.filter((member) => !(member.flags & ts.TypeFlags.Undefined))
    const booleans = members.filter((member) => member.flags & ts.TypeFlags.BooleanLiteral)
    // `boolean` is `true | false` to the checker; print it as one type.
    const rest = booleans.length === 2 ? members.filter((member) => !booleans.includes(member)) : members
    const schemas = rest.map((member) => this.convert(member, where))
    if (booleans.length === 2) schemas.push({ type: 'boolean' })
    if (schemas.length === 1) return schemas[0] as JsonSchema

    // Literals (and null) become one `enum`; bare primitive types one `type` list.
    const isLiteral = (schema: JsonSchema) => 'const' in schema || (schema.type === 'null' && Object.keys(schema).length === 1)
    if (schemas.every(isLiteral)) {
      return { type: unique(schemas.map((schema) => schema.type as string)), enum: schemas.map((schema) => ('const' in schema ? schema.const : null)) }
    }
    const isBareType = (schema: JsonSchema) => Object.keys(schema).length === 1 && typeof schema.type === 'string'
    if (schemas.every(isBareType)) return { type: unique(schemas.map((schema) => schema.type as string)) }
    return { anyOf: schemas }
  }

  private tuple(type: ts.TypeReference, where: string): JsonSchema {
    const elements = this.checker.getTypeArguments(type).map((element, index) => this.convert(element, `${where}[${index}]`))
    return { type: 'array', items: elements, minItems: elements.length, maxItems: elements.length, additionalItems: false }
  }

  private object(type: ts.Type, where: string): JsonSchema {
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) throw new Error(`${where}: functions have no JSON Schema`)
    const symbol = type.getSymbol()
    const declaration = symbol?.declarations?.[0]
    if (declaration && !this.isOwnSource(declaration.getSourceFile()) && !isLibraryMappedType(type)) {
      throw new Error(`${where}: \`${this.checker.typeToString(type)}\` is not plain data; use an interface of our own`)
    }
    const properties: Record<string, JsonSchema> = {}
    const required: string[] = []
    for (const property of this.checker.getPropertiesOfType(type)) {
      const name = property.getName()
      const propertyType = this.checker.getTypeOfSymbol(property)
      const schema = this.convert(propertyType, `${where}.${name}`)
      const description = this.describe(property)
      properties[name] = description && !('$ref' in schema) ? { description, ...schema } : schema
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(name)
    }
    const schema: JsonSchema = { type: 'object', properties }
    if (required.length > 0) schema.required = required
    const index = this.checker.getIndexInfosOfType(type).find((info) => info.keyType.flags & ts.TypeFlags.String)
    schema.additionalProperties = index ? this.convert(index.type, `${where}[string]`) : false
    return schema
  }

  private describe(symbol: ts.Symbol | undefined): string {
    return symbol ? ts.displayPartsToString(symbol.getDocumentationComment(this.checker)).trim() : ''
  }
}

function isInterface(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.Object) !== 0 && ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Interface) !== 0
}

/** `Record<K, V>` and `Partial<…>` resolve to plain properties; they are data, though declared in lib.d.ts. */
function isLibraryMappedType(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.Object) !== 0 && ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Mapped) !== 0
}

function unique(values: string[]): string | string[] {
  const distinct = [...new Set(values)]
  return distinct.length === 1 ? (distinct[0] as string) : distinct
}
