/**
 * Generates the typed webhook events of `@cobrowse-kit/server` from Zoom's vendored OpenAPI specs: for every event a
 * TypeScript interface (TSDoc from the spec's descriptions) and a valibot schema, then per family a name list, a
 * name → body map, a name → schema map and the union of delivered events.
 *
 * Run from the repository root: `node --import tsx packages/server/scripts/generateWebhookEvents.ts`.
 * A test renders the same files in memory and fails when the committed ones are stale.
 */
import { spawnSync } from 'node:child_process'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const PACKAGE_ROOT = new URL('../', import.meta.url)
const SPECS_DIR = new URL('specs/', PACKAGE_ROOT)
/** Where the generated modules live; they are committed. */
export const GENERATED_DIR = new URL('src/webhooks/events/generated/', PACKAGE_ROOT)
const COMMAND = 'node --import tsx packages/server/scripts/generateWebhookEvents.ts'

/** The subset of JSON Schema the specs use; anything else stops the generator rather than being ignored. */
interface JsonSchema {
  type?: 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'array'
  properties?: Record<string, JsonSchema>
  required?: string[]
  enum?: unknown[]
  items?: JsonSchema
  format?: string
  additionalProperties?: boolean
  description?: string
  default?: unknown
}
const KEYWORDS = new Set(
  Object.keys({
    type: 0,
    properties: 0,
    required: 0,
    enum: 0,
    items: 0,
    format: 0,
    additionalProperties: 0,
    description: 0,
    default: 0,
  } satisfies Record<keyof JsonSchema, 0>),
)
const FORMATS = new Set(['int64', 'date-time', 'email'])

interface Family {
  /** Spec file under packages/server/specs. */
  spec: string
  /** Human name, for TSDoc. */
  label: string
  /** Stem of generated names: `Cobrowse` → `CobrowseWebhookEvent`, `COBROWSE_WEBHOOK_EVENT_NAMES`, … */
  stem: string
  /** Prefix of each event's type name (Video SDK events all start with `session.`, which alone would be vague). */
  typePrefix: string
}

const FAMILIES: readonly Family[] = [
  { spec: 'cobrowse-webhooks.openapi.json', label: 'Cobrowse SDK', stem: 'Cobrowse', typePrefix: '' },
  { spec: 'videosdk-webhooks.openapi.json', label: 'Video SDK', stem: 'VideoSdk', typePrefix: 'VideoSdk' },
]

interface Operation {
  requestBody: { description?: string; content: { 'application/json': { schema: JsonSchema } } }
}

/** Reads the vendored specs, keyed by file name. */
export async function readWebhookSpecs(): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    FAMILIES.map(async (family) => [family.spec, JSON.parse(await readFile(new URL(family.spec, SPECS_DIR), 'utf8'))]),
  )
  return Object.fromEntries(entries)
}

/** Renders every generated module (file name → Biome-formatted source) from the parsed specs. */
export function renderWebhookEventFiles(specs: Record<string, unknown>): Record<string, string> {
  const files: Record<string, string> = {}
  for (const family of FAMILIES) {
    files[`${camel(family.stem)}Events.ts`] = renderFamily(family, specs[family.spec])
  }
  files['webhookEvents.ts'] = renderIndex()
  return Object.fromEntries(Object.entries(files).map(([name, source]) => [name, formatTypeScript(name, source)]))
}

function renderFamily(family: Family, spec: unknown): string {
  const webhooks = (spec as { webhooks?: Record<string, { post?: Operation }> }).webhooks
  if (!webhooks) throw new Error(`${family.spec}: no "webhooks" section.`)
  const { label, stem } = family
  const names = Object.keys(webhooks).sort()
  const blocks = [header(`specs/${family.spec}`), "import * as v from 'valibot'\n\n"]
  const events = names.map((name) => {
    const operation = webhooks[name]?.post
    const schema = operation?.requestBody.content['application/json'].schema
    if (!operation || !schema) throw new Error(`${family.spec}: ${name} has no JSON request body schema.`)
    check(schema, `${family.spec} ${name}`)
    const typeName = `${family.typePrefix}${pascal(name)}Event`
    const summary = [`\`${name}\`, a ${label} webhook.`, summaryOf(operation)].filter(Boolean).join(' ')
    blocks.push(
      exported(summary, `interface ${typeName} ${renderType(schema, '')}`),
      exported(
        `Run-time schema of {@link ${typeName}}; loose, so keys Zoom adds later are kept.`,
        `const ${typeName}Schema = ${renderSchema(schema)}`,
      ),
    )
    return { name, typeName }
  })
  const names_ = namesConst(family)
  blocks.push(
    exported(`Every ${label} webhook event name the spec defines.`, `const ${names_} = [${names.map(quote)}] as const`),
    exported(`A ${label} webhook event name.`, `type ${stem}WebhookEventName = (typeof ${names_})[number]`),
    exported(
      `The body type of each ${label} webhook event, by name.`,
      `interface ${stem}WebhookEventBodies {\n${events.map((e) => `${quote(e.name)}: ${e.typeName}\n`).join('')}}`,
    ),
    exported(
      `The run-time schema of each ${label} webhook event, by name.`,
      `const ${camel(stem)}EventSchemas = {\n${events.map((e) => `${quote(e.name)}: ${e.typeName}Schema,\n`).join('')}} as const`,
    ),
    exported(
      `A verified ${label} webhook event whose body matched its schema; narrow on \`type\`.`,
      `type ${stem}WebhookEvent =\n${events.map((e) => `| { type: ${quote(e.name)}; body: ${e.typeName} }\n`).join('')}`,
    ),
  )
  return blocks.join('')
}

function renderIndex(): string {
  const imports = FAMILIES.map(({ stem }) => {
    const names = [namesConst({ stem }), `type ${stem}WebhookEvent`, `type ${stem}WebhookEventBodies`]
    return `import { ${[...names, `${camel(stem)}EventSchemas`].join(', ')} } from './${camel(stem)}Events.js'\n`
  })
  const all = (make: (stem: string) => string, separator: string) =>
    FAMILIES.map(({ stem }) => make(stem)).join(separator)
  return [
    header('both families'),
    ...imports,
    '\n',
    exported(
      'Every webhook event name with a generated type and schema (URL validation is handled, not delivered).',
      `const WEBHOOK_EVENT_NAMES = [${all((stem) => `...${namesConst({ stem })}`, ', ')}] as const`,
    ),
    exported(
      'A webhook event name with a generated type and schema.',
      'type KnownWebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[number]',
    ),
    exported(
      'The body type of each known webhook event, by name.',
      `type WebhookEventBodies = ${all((stem) => `${stem}WebhookEventBodies`, ' & ')}`,
    ),
    exported(
      'The run-time schema of each known webhook event, by name.',
      `const webhookEventSchemas = { ${all((stem) => `...${camel(stem)}EventSchemas`, ', ')} } as const`,
    ),
    exported(
      'A verified webhook event of a known name whose body matched its schema.',
      `type KnownWebhookEvent = ${all((stem) => `${stem}WebhookEvent`, ' | ')}`,
    ),
  ].join('')
}

function exported(summary: string, declaration: string): string {
  return `${doc(summary, '')}export ${declaration}\n\n`
}

function namesConst({ stem }: Pick<Family, 'stem'>): string {
  return `${stem.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_WEBHOOK_EVENT_NAMES`
}

function header(source: string): string {
  return [
    `// Generated from ${source} by:`,
    `//   ${COMMAND}`,
    '// Do not edit by hand: change the generator or the spec, then run it again.',
    '// The specs say additionalProperties: false, yet the schemas are loose on purpose: a field Zoom adds must not turn',
    '// real deliveries into failures. Formats (int64, date-time, email) are documented, not enforced: int64 is an',
    '// integer number, date-time and email are strings.',
    '',
    '',
  ].join('\n')
}

/** Fails on a keyword or format the generator does not translate, so a spec update cannot be half-understood. */
function check(schema: JsonSchema, where: string): void {
  for (const key of Object.keys(schema)) if (!KEYWORDS.has(key)) throw new Error(`${where}: unsupported "${key}".`)
  if (schema.format && !FORMATS.has(schema.format)) throw new Error(`${where}: unsupported format ${schema.format}.`)
  if (schema.enum && !schema.enum.every((value) => typeof value === 'string'))
    throw new Error(`${where}: non-string enum.`)
  for (const [key, property] of Object.entries(schema.properties ?? {})) check(property, `${where}.${key}`)
  for (const key of schema.required ?? []) {
    if (!schema.properties?.[key]) throw new Error(`${where}: required "${key}" is not a property.`)
  }
  if (schema.items) check(schema.items, `${where}[]`)
}

function renderType(schema: JsonSchema, indent: string): string {
  switch (schema.type) {
    case 'object': {
      const inner = `${indent}  `
      const lines = Object.entries(schema.properties ?? {}).map(([key, property]) => {
        const optional = schema.required?.includes(key) ? '' : '?'
        return `${propertyDoc(property, inner)}${inner}${propertyKey(key)}${optional}: ${renderType(property, inner)}\n`
      })
      return `{\n${lines.join('')}${indent}}`
    }
    case 'string':
      return schema.enum ? (schema.enum as string[]).map(quote).join(' | ') : 'string'
    case 'integer':
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'array': {
      const item = renderType(schema.items ?? {}, indent)
      return schema.items?.enum && schema.items.enum.length > 1 ? `(${item})[]` : `${item}[]`
    }
    default:
      throw new Error(`Unsupported type ${String(schema.type)}.`)
  }
}

function renderSchema(schema: JsonSchema): string {
  switch (schema.type) {
    case 'object': {
      const entries = Object.entries(schema.properties ?? {}).map(([key, property]) => {
        const value = renderSchema(property)
        return `${propertyKey(key)}: ${schema.required?.includes(key) ? value : `v.exactOptional(${value})`},\n`
      })
      return `v.looseObject({\n${entries.join('')}})`
    }
    case 'string': {
      const values = schema.enum as string[] | undefined
      if (!values) return 'v.string()'
      return values.length === 1
        ? `v.literal(${quote(values[0] ?? '')})`
        : `v.picklist([${values.map(quote).join(', ')}])`
    }
    case 'integer':
      return 'v.pipe(v.number(), v.integer())'
    case 'number':
      return 'v.number()'
    case 'boolean':
      return 'v.boolean()'
    case 'array':
      return `v.array(${renderSchema(schema.items ?? {})})`
    default:
      throw new Error(`Unsupported type ${String(schema.type)}.`)
  }
}

function propertyDoc(schema: JsonSchema, indent: string): string {
  const parts = [schema.description ?? '']
  if (schema.format) parts.push(`Format: \`${schema.format}\`.`)
  if (schema.default !== undefined)
    parts.push(`@defaultValue ${JSON.stringify(schema.default)} (Zoom's value when absent)`)
  const text = parts.filter(Boolean).join('\n\n')
  return text ? doc(text, indent) : ''
}

/** The event's summary: the text under the first heading of the request body's Markdown description, if any. */
function summaryOf(operation: Operation): string {
  const lines = (operation.requestBody.description ?? '').split('\n').map((line) => line.trim())
  const start = lines.findIndex((line) => line.startsWith('# '))
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => line.startsWith('#'))
  return (end < 0 ? rest : rest.slice(0, end)).filter(Boolean).join(' ')
}

/** A TSDoc block, wrapped near 110 columns; `<br>` becomes a line break and a comment terminator is defused. */
function doc(text: string, indent: string): string {
  const lines: string[] = []
  for (const paragraph of text.replaceAll('*/', '*\\/').split(/<br\s*\/?>|\n/)) {
    let line = ''
    for (const word of paragraph.trim().split(/\s+/)) {
      if (line && indent.length + 3 + line.length + 1 + word.length > 110) {
        lines.push(line)
        line = word
      } else line = line ? `${line} ${word}` : word
    }
    lines.push(line)
  }
  const single = `${indent}/** ${lines[0]} */`
  if (lines.length === 1 && single.length <= 120) return `${single}\n`
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}\n`).join('')}${indent} */\n`
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key)
}

function quote(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
}

function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('')
}

function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

/** Formats with the repository's Biome, so the committed files pass `biome check` exactly as generated. */
function formatTypeScript(fileName: string, source: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome')
  const path = fileURLToPath(new URL(fileName, GENERATED_DIR))
  const result = spawnSync(process.execPath, [biome, 'check', '--write', `--stdin-file-path=${path}`], {
    input: source,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`Biome could not format ${fileName}: ${result.stderr}`)
  return result.stdout
}

async function main(): Promise<void> {
  const files = renderWebhookEventFiles(await readWebhookSpecs())
  await mkdir(GENERATED_DIR, { recursive: true })
  for (const stale of await readdir(GENERATED_DIR)) {
    if (!(stale in files)) await rm(new URL(stale, GENERATED_DIR))
  }
  for (const [name, source] of Object.entries(files)) await writeFile(new URL(name, GENERATED_DIR), source)
  console.log(`Wrote ${Object.keys(files).join(', ')}.`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
