import type { Frame, Page } from '@playwright/test'
import { collectDomStrings, type DomString, domPathOf } from './collectDomStrings.js'
import type { LeakMatcher } from './createLeakMatcher.js'
import type { AgentViewLeak } from './leak.js'

/**
 * Matches every string of every frame of an agent page (the desk or console, the replay iframe, and frames inside
 * the replay) and says where each match sits. A frame that detaches while it is read (a replay rebuilt by a new
 * full snapshot) is skipped; any other failure is thrown, since a view that was not read proves nothing.
 *
 * @example
 * const leaks = await scanAgentView(agent.page, 'agent', createLeakMatcher({ secrets: ['4111111111111111'] }))
 */
export async function scanAgentView(page: Page, label: string, matcher: LeakMatcher): Promise<AgentViewLeak[]> {
  const leaks: AgentViewLeak[] = []
  for (const frame of page.frames()) {
    const read = await readFrame(frame)
    if (!read) continue
    for (const string of read.strings) {
      for (const match of matcher.inString(string.value)) {
        leaks.push({
          where: 'agent-view',
          page: label,
          frame: read.where,
          field: string.field,
          path: string.path,
          ...(string.attribute === undefined ? {} : { attribute: string.attribute }),
          match,
        })
      }
    }
  }
  return leaks
}

async function readFrame(frame: Frame): Promise<{ where: string; strings: DomString[] } | undefined> {
  try {
    return { where: await framePath(frame), strings: await frame.evaluate(collectDomStrings) }
  } catch (error) {
    if (frame.isDetached()) return undefined
    throw error
  }
}

/** `top`, or the `<iframe>` element of each frame from the top down, joined by ` >> `. */
async function framePath(frame: Frame): Promise<string> {
  const steps: string[] = []
  for (let current: Frame | null = frame; current?.parentFrame(); current = current.parentFrame()) {
    const element = await current.frameElement()
    try {
      steps.unshift(await element.evaluate(domPathOf))
    } finally {
      await element.dispose()
    }
  }
  return steps.length === 0 ? 'top' : steps.join(' >> ')
}
