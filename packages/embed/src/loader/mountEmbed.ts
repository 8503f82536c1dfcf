import { createRecoveryMark } from '@cobrowse-kit/core'
import type { EmbedOptions } from '../shared/embedOptions.js'
import type { EmbedBridge, MountedEmbedUi } from '../shared/embedUi.js'
import { resolveLocale } from '../ui/resolveLocale.js'
import type { ChunkLoader } from './createChunkLoader.js'
import { createLauncher } from './createLauncher.js'
import type { EmbedEvents } from './embedEvents.js'
import { describeThrown, type EmbedProblem, reportProblem, shielded } from './embedProblem.js'
import { launcherMessages } from './launcherMessages.js'
import { validateEmbedOptions } from './validateEmbedOptions.js'

/** One mounted embed: the launcher, and the widget once the UI chunk has taken over. */
export interface EmbedMount {
  start(): void
  end(): void
  unmount(): void
}

/** What a mount shares with the page-wide API: the document, the one chunk loader and the event fan-out. */
export interface MountContext {
  document: Document
  chunk: ChunkLoader
  events: EmbedEvents
}

function asProblem(failure: unknown): EmbedProblem {
  if (typeof failure === 'object' && failure !== null && 'code' in failure && 'hint' in failure) {
    return failure as EmbedProblem
  }
  return {
    code: 'ui_mount_failed',
    message: `The widget failed to mount: ${describeThrown(failure)}.`,
    hint: 'Use embed.js and embed-ui.js of one release.',
  }
}

/**
 * Renders the launcher and wires intent to the UI chunk: pointer, focus or touch preloads it and then Zoom's SDK
 * script; a click (or `start()`) loads it, mounts the widget into the launcher's shadow root and starts a session. A
 * recovery mark left by a live session mounts the widget at once, so the SDK can rejoin after a refresh. Bad options
 * leave a launcher that explains itself instead of a broken one.
 */
export function mountEmbed(options: Partial<EmbedOptions>, { document, chunk, events }: MountContext): EmbedMount {
  const problems = validateEmbedOptions(options)
  const locale = resolveLocale(options.locale, document)
  const messages = launcherMessages[locale]
  const { nonce } = options
  let ui: MountedEmbedUi | undefined
  let opening: Promise<void> | undefined
  let wantsStart = false
  let preloaded = false
  let gone = false

  const fail = (problem: EmbedProblem) => events.emit('error', reportProblem(problem))
  const bridge: EmbedBridge = {
    emit: (name, payload) => {
      if (gone) return
      if (name === 'status') launcher.reflect((payload as { status: string }).status)
      events.emit(name, payload)
    },
    reportError: (error) => reportProblem(error),
  }

  const takeOver = shielded(() => {
    if (wantsStart && ui) {
      wantsStart = false
      ui.start()
    }
  })
  const open = (asked: boolean) => {
    if (asked) launcher.setState('loading')
    if (opening) return
    opening = chunk
      .load(nonce)
      .then((embedUi) => {
        if (gone) return
        launcher.reflect('idle')
        ui = embedUi.mount(
          { root: launcher.root, container: launcher.container },
          { ...options, locale } as EmbedOptions,
          bridge,
        )
        launcher.handOver()
        takeOver()
      })
      .catch((failure: unknown) => {
        if (gone) return
        // The tooltip always tells; the label changes only for a visitor who asked (not for a silent recovery).
        launcher.setState('idle', messages.loadFailed)
        if (wantsStart) launcher.say(messages.loadFailed)
        wantsStart = false
        fail(asProblem(failure))
      })
      .finally(() => {
        opening = undefined
      })
  }

  const start = () => {
    if (gone) return
    if (problems.length > 0) {
      problems.forEach(fail)
      launcher.say(messages.unavailable)
      return
    }
    wantsStart = true
    if (ui) takeOver()
    else open(true)
  }

  const launcher = createLauncher(
    document,
    {
      position: options.position ?? 'bottom-right',
      label: options.messages?.getHelp ?? messages.getHelp,
      theme: options.theme,
      colorScheme: options.colorScheme,
      nonce,
    },
    {
      onIntent: shielded(() => {
        if (problems.length > 0 || preloaded || ui) return
        preloaded = true
        // Only warms the caches, the chunk and then Zoom's SDK (no widget, no token): a failure here is reported, and
        // the click tries again.
        chunk
          .load(nonce)
          .then((embedUi) => (gone ? undefined : embedUi.preload?.(options as EmbedOptions)))
          .catch((failure: unknown) => fail(asProblem(failure)))
      }),
      onActivate: shielded(start),
    },
  )

  if (problems.length > 0) {
    problems.forEach(fail)
    launcher.setState('unavailable', messages.unavailable)
  } else if (createRecoveryMark(options.sdkKey ?? '', undefined).has()) {
    open(false)
  }

  return {
    start,
    end: () => {
      wantsStart = false
      ui?.end()
    },
    unmount: () => {
      gone = true
      try {
        ui?.unmount()
      } finally {
        launcher.remove()
      }
    },
  }
}
