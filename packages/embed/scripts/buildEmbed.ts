import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { type BuildOptions, build, type Metafile, type Plugin, transform } from 'esbuild'

/** What `buildEmbed` writes and how big it is. */
export interface BuildEmbedOptions {
  /**
   * Folder for `embed.js` and `embed-ui.js`, absolute or relative to the working directory (created when missing).
   * Without it nothing is written: the files are only in the reports' `code`, for servers and tests that serve them.
   */
  outdir?: string
  /** Default `true`. `false` keeps the output readable for debugging; budgets are meant for minified files. */
  minify?: boolean
}

/** The size of one built file, and what made it that big. */
export interface EmbedFileReport {
  file: keyof typeof EMBED_BUDGETS
  /** The built file itself. */
  code: Uint8Array
  bytes: number
  gzipBytes: number
  /** The budget for this file, gzipped. */
  budgetGzipBytes: number
  /** The largest inputs, by bytes they contribute to the (minified) output. */
  largestInputs: ReadonlyArray<{ path: string; bytes: number }>
}

/**
 * Gzip budgets: what a page pays before intent (`embed.js`) and after it (`embed-ui.js`, Zoom's SDK not counted).
 * size-limit enforces them in CI; the build only prints them.
 */
export const EMBED_BUDGETS = { 'embed.js': 5_000, 'embed-ui.js': 30_000 } as const

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url))

// React's entry points, answered by preact/compat in the UI chunk. Aliased paths resolve from absWorkingDir (this
// package, which has preact), not from the importing file in @cobrowse-kit/react (which does not).
const REACT_ALIASES = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-runtime',
}

// Vite-style `x.css?raw` / `?inline` imports become plain text imports, so the source can use either spelling.
const cssAsText: Plugin = {
  name: 'css-as-text',
  setup(context) {
    context.onResolve({ filter: /\.css\?(raw|inline)$/ }, async (args) => {
      const result = await context.resolve(args.path.replace(/\?(raw|inline)$/, ''), {
        kind: args.kind,
        resolveDir: args.resolveDir,
      })
      return result.errors.length > 0 ? { errors: result.errors } : { path: result.path }
    })
    // The stylesheets travel as text inside the chunk: minify them first (about 2 kB gzip of the 30 kB budget).
    context.onLoad({ filter: /\.css$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const minify = context.initialOptions.minify === true
      const { code } = minify ? await transform(source, { loader: 'css', minify: true }) : { code: source }
      return { contents: code, loader: 'text' }
    })
  },
}

async function sharedOptions(minify: boolean): Promise<BuildOptions> {
  const pkg = JSON.parse(await readFile(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
  return {
    absWorkingDir: PACKAGE_ROOT,
    bundle: true,
    // An IIFE: everything stays in one function scope, so the only global is the one the code assigns.
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify,
    legalComments: 'none',
    // core and react are bundled in, so building from their sources gives the same result without building them first.
    conditions: ['@cobrowse-kit/source'],
    define: {
      'process.env.NODE_ENV': '"production"',
      // core reads it through globalThis (no Node types, no throw without a process shim), which the line above misses.
      'globalThis.process': '{"env":{"NODE_ENV":"production"}}',
      __COBROWSE_KIT_EMBED_VERSION__: JSON.stringify(pkg.version),
    },
    metafile: true,
    logLevel: 'silent',
  }
}

function report(metafile: Metafile, file: keyof typeof EMBED_BUDGETS, code: Uint8Array): EmbedFileReport {
  const output = Object.entries(metafile.outputs).find(([path]) => path.endsWith(file))?.[1]
  const largestInputs = Object.entries(output?.inputs ?? {})
    .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8)
  return {
    file,
    code,
    bytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    budgetGzipBytes: EMBED_BUDGETS[file],
    largestInputs,
  }
}

/**
 * Builds the two browser files of `@cobrowse-kit/embed`: `embed.js` (the loader every page includes) and
 * `embed-ui.js` (the widget, loaded on intent; React components rendered by preact/compat, styles as text).
 *
 * @example
 * const files = await buildEmbed({ outdir: 'dist' })
 * console.log(formatEmbedReport(files))
 */
export async function buildEmbed({ outdir, minify = true }: BuildEmbedOptions = {}): Promise<EmbedFileReport[]> {
  const shared = await sharedOptions(minify)
  // esbuild wants an outdir to name its outputs even when nothing is written.
  const target = resolve(outdir ?? resolve(PACKAGE_ROOT, 'dist'))
  if (outdir !== undefined) await mkdir(target, { recursive: true })
  const buildFile = async (file: keyof typeof EMBED_BUDGETS, entry: string, extra: BuildOptions = {}) => {
    const name = file.replace(/\.js$/, '')
    const result = await build({ ...shared, ...extra, entryPoints: { [name]: entry }, outdir: target, write: false })
    const output = result.outputFiles.find((candidate) => candidate.path.endsWith(file))
    if (!output || !result.metafile) throw new Error(`esbuild wrote no ${file}`)
    if (outdir !== undefined) await writeFile(output.path, output.contents)
    return report(result.metafile, file, output.contents)
  }
  return Promise.all([
    buildFile('embed.js', 'src/loader/index.ts'),
    buildFile('embed-ui.js', 'src/ui/index.ts', {
      alias: REACT_ALIASES,
      jsx: 'automatic',
      loader: { '.css': 'text' },
      plugins: [cssAsText],
    }),
  ])
}

/** The two built files by name, kept in memory: what a dev server or a test serves at `/embed/`. */
export type EmbedFiles = Record<keyof typeof EMBED_BUDGETS, Uint8Array>

/** Builds both files without writing them. */
export async function buildEmbedFiles(): Promise<EmbedFiles> {
  const [loader, chunk] = await buildEmbed()
  if (!loader || !chunk) throw new Error('buildEmbed returned fewer than two files')
  return { [loader.file]: loader.code, [chunk.file]: chunk.code } as EmbedFiles
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`

/** A short, human-readable size summary of a build. */
export function formatEmbedReport(files: readonly EmbedFileReport[]): string {
  return files
    .map((file) => {
      const over = file.gzipBytes > file.budgetGzipBytes ? '  OVER BUDGET' : ''
      const head = `${file.file}: ${kB(file.gzipBytes)} gzip (budget ${kB(file.budgetGzipBytes)}), ${kB(file.bytes)} minified${over}`
      const inputs = file.largestInputs.map((input) => `    ${kB(input.bytes).padStart(9)}  ${input.path}`)
      return [head, ...inputs].join('\n')
    })
    .join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outdirFlag = process.argv.indexOf('--outdir')
  const outdir = (outdirFlag > 0 && process.argv[outdirFlag + 1]) || resolve(PACKAGE_ROOT, 'dist')
  buildEmbed({ outdir, minify: !process.argv.includes('--no-minify') })
    .then((files) => console.log(formatEmbedReport(files)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exitCode = 1
    })
}
