// Writes schema.json from the types of src/model/ (`npm run schema`). Run it after a contract
// change, review the diff, and name the change in CHANGELOG.md.
import { writeFileSync } from 'node:fs'
import { generateSchema, schemaPath, serializeSchema } from './schema/generate-schema.js'

writeFileSync(schemaPath, serializeSchema(generateSchema()))
console.log(`wrote ${schemaPath}`)
