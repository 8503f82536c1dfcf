import type { AnnotationLayer, AnnotationTool } from './annotationLayer.js'

// Button names are part of the page's contract: browser tests find the tools by these.
const TOOLS: ReadonlyArray<[AnnotationTool, string]> = [
  ['pen', 'Pen'],
  ['rectangle', 'Rectangle'],
  ['vanishing-pen', 'Vanishing pen'],
  ['eraser', 'Eraser'],
]

/**
 * The annotation controls: one toggle button per tool (pressing the active one again puts the pen down, so the
 * pointer reaches the view again), Undo, and a colour picker.
 */
export function createAnnotationToolbar(document: Document, layer: AnnotationLayer): HTMLElement {
  const group = document.createElement('div')
  group.className = 'zcb-group'
  group.setAttribute('role', 'group')
  group.setAttribute('aria-label', 'Annotation tools')

  const toggles = TOOLS.map(([tool, label]) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = label
    button.dataset.tool = tool
    button.setAttribute('aria-pressed', 'false')
    button.addEventListener('click', () => {
      layer.tool = layer.tool === tool ? null : tool
      for (const toggle of toggles) toggle.setAttribute('aria-pressed', String(toggle.dataset.tool === layer.tool))
    })
    return button
  })

  const undo = document.createElement('button')
  undo.type = 'button'
  undo.textContent = 'Undo'
  undo.addEventListener('click', () => layer.undo())

  const color = document.createElement('input')
  color.type = 'color'
  color.value = layer.color
  color.setAttribute('aria-label', 'Colour')
  color.addEventListener('input', () => {
    layer.color = color.value
  })

  group.append(...toggles, undo, color)
  return group
}
