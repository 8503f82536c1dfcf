import { record } from 'rrweb'
import type { CompiledMask } from './compileMaskSelector.js'
import { isMaskedNode } from './isMaskedNode.js'
import { maskText, maskValue } from './maskValue.js'
import { createPasswordMemory } from './passwordMemory.js'
import { scrubEvent } from './scrubEvent.js'

/** rrweb's class for elements recorded as an empty box: the SDK's own UI carries it so agents never see it. */
export const RECORDING_BLOCK_CLASS = 'rr-block'

/** A running recording. */
export interface Recorder {
  /** A fresh full snapshot, for an agent who joined late. */
  takeFullSnapshot(): void
  stop(): void
}

/** Starts a recording; the session core takes this as a dependency so tests can swap it. */
export type StartRecording = (emit: (event: unknown) => void) => Recorder

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg'

/** rrweb masks an input's value only for the types listed here; `maskInputFn` then decides per element. */
const EVERY_INPUT_TYPE = {
  color: true,
  date: true,
  'datetime-local': true,
  email: true,
  month: true,
  number: true,
  range: true,
  search: true,
  tel: true,
  text: true,
  time: true,
  url: true,
  week: true,
  textarea: true,
  select: true,
  password: true,
}

/**
 * Records the page with rrweb, masked twice: rrweb masks field values and text as it serializes, then every event
 * is scrubbed (`scrubEvent`) before `emit` sees it, for what rrweb leaves out (attributes, options, ticked boxes, and
 * everything inside same-origin frames, where rrweb's own selector test stops at the frame's document).
 */
export function startRecording(mask: CompiledMask, emit: (event: unknown) => void): Recorder {
  const passwords = createPasswordMemory()
  const masked = (node: Node | null): boolean => node !== null && isMaskedNode(node, mask, passwords)
  const isMasked = (id: number): boolean => masked(record.mirror.getNode(id))
  const isSvg = (id: number): boolean => {
    const node = record.mirror.getNode(id)
    return node?.nodeType === Node.ELEMENT_NODE && (node as Element).namespaceURI === SVG_NAMESPACE
  }
  const stop = record({
    emit: (event) => emit(scrubEvent(event, isMasked, isSvg)),
    blockClass: RECORDING_BLOCK_CLASS,
    maskAllInputs: mask.maskAll,
    maskInputOptions: EVERY_INPUT_TYPE,
    maskInputFn: (text, element) => (masked(element) ? maskValue(text) : text),
    ...(mask.selector === null ? {} : { maskTextSelector: mask.selector }),
    maskTextFn: (text) => maskText(text),
    // A session may start before images finish loading; waiting for `load` would leave agents with nothing.
    recordAfter: 'DOMContentLoaded',
    recordCanvas: false,
    collectFonts: false,
    inlineImages: false,
  })
  return {
    takeFullSnapshot: () => record.takeFullSnapshot(true),
    stop: () => stop?.(),
  }
}
