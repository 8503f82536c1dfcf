import type { AnnotationMark } from '../protocol/messages.js'

type StrokeTool = Extract<AnnotationMark, { kind: 'stroke' }>['tool']

const TOOLS: ReadonlySet<unknown> = new Set<StrokeTool>(['pen', 'vanishing-pen', 'rectangle'])

/**
 * The mark of an `annotation` message rebuilt from its known fields, or `undefined` when it does not have the
 * protocol's shape (such a mark is dropped rather than passed on to other people's pages).
 */
export function readAnnotationMark(value: unknown): AnnotationMark | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const mark = value as Record<string, unknown>
  switch (mark.kind) {
    case 'undo':
    case 'clear':
      return { kind: mark.kind }
    case 'erase':
      return typeof mark.id === 'string' ? { kind: 'erase', id: mark.id } : undefined
    case 'stroke': {
      const { id, tool, color, points } = mark
      if (typeof id !== 'string' || !TOOLS.has(tool) || typeof color !== 'string' || !isPointList(points)) {
        return undefined
      }
      return { kind: 'stroke', id, tool: tool as StrokeTool, color, points }
    }
    default:
      return undefined
  }
}

function isPointList(value: unknown): value is Array<[number, number]> {
  return (
    Array.isArray(value) &&
    value.every(
      (point: unknown) =>
        Array.isArray(point) && point.length === 2 && point.every((n) => typeof n === 'number' && Number.isFinite(n)),
    )
  )
}
