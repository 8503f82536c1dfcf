import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// The rooms' import rules (docs/architecture.md), checked on shipped source: tests may use anything.
const ROOT = join(import.meta.dirname, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    // Story helpers and stories are for design review; they are not shipped (see the packages' build excludes).
    if (entry.isDirectory()) return entry.name === 'storybook' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.(test|test-d|stories)\.tsx?$/.test(entry.name) ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '')
}

const NODE_BUILTINS = /^(node:|fs$|path$|crypto$|http$|https$|url$|os$|stream$|buffer$|child_process$|util$)/

describe('import rules', () => {
  const core = sourceFiles(join(ROOT, 'packages/core/src'))
  const react = sourceFiles(join(ROOT, 'packages/react/src'))

  it('finds the sources it checks', () => {
    expect(core.length).toBeGreaterThan(20)
    expect(react.length).toBeGreaterThan(5)
  })

  it('keeps core free of React and of Node built-ins', () => {
    const offenders = core.flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^react(-dom)?(\/|$)/.test(spec) || NODE_BUILTINS.test(spec))
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    )
    expect(offenders).toEqual([])
  })

  it('keeps core from reading process directly (it runs in browsers)', () => {
    const offenders = core.filter((file) =>
      /\bprocess\.env\b/.test(readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '')),
    )
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([])
  })

  it('makes react import core only by package name, and never the test kit', () => {
    const offenders = react.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.includes('packages/core') || /\.\.\/\.\.\/core/.test(spec) || spec.endsWith('/testing'))
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    )
    expect(offenders).toEqual([])
  })

  it('keeps shipped core code away from its own test kit', () => {
    const shipped = core.filter((file) => !file.includes(`${join('src', 'testing')}`))
    const offenders = shipped.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.includes('/testing/') || spec === './testing/index.js')
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    )
    expect(offenders).toEqual([])
  })

  it('keeps the server package on web standards (Node only in src/node) and standing alone', () => {
    const server = sourceFiles(join(ROOT, 'packages/server/src'))
    expect(server.length).toBeGreaterThan(20)
    const offenders = server.flatMap((file) => {
      const inNodeAdapter = relative(join(ROOT, 'packages/server/src'), file).startsWith('node')
      const text = readFileSync(file, 'utf8')
      const uses = importsOf(file).filter(
        (spec) =>
          (!inNodeAdapter && NODE_BUILTINS.test(spec)) ||
          /^react(-dom)?(\/|$)/.test(spec) ||
          // Architecture: server stands alone; emulator and test kits are never imported by shipped code.
          spec.startsWith('@cobrowse-kit/emulator') ||
          spec.startsWith('@cobrowse-kit/react'),
      )
      // Buffer and process are Node globals: code meant for edge runtimes must not lean on them either.
      const code = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
      if (!inNodeAdapter && /\b(Buffer|process)\./.test(code)) uses.push('a Node global')
      return uses.map((spec) => `${relative(ROOT, file)} uses ${spec}`)
    })
    expect(offenders).toEqual([])
  })
})
