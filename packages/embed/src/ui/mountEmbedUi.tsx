import { createSessionStore } from '@cobrowse-kit/core'
import kitCss from '@cobrowse-kit/react/styles.css?raw'
import { createRoot } from 'react-dom/client'
import { adoptStyles } from '../shared/adoptStyles.js'
import type { EmbedOptions } from '../shared/embedOptions.js'
import type { EmbedBridge, MountedEmbedUi } from '../shared/embedUi.js'
import { applyTheme } from './applyTheme.js'
import { bridgeSession } from './bridgeSession.js'
import { EmbedErrorBoundary } from './EmbedErrorBoundary.js'
import { EmbedWidget } from './EmbedWidget.js'
import embedCss from './embed.css?raw'
import { reportThrown } from './reportThrown.js'
import { resolveLocale } from './resolveLocale.js'
import { type EmbedUiInternals, toSessionStoreConfig } from './toSessionStoreConfig.js'

const NOTHING_MOUNTED: MountedEmbedUi = { start() {}, end() {}, unmount() {} }

/**
 * Mounts the widget into the loader's shadow root: one session store (core's, configured like the React provider),
 * the kit's stylesheet adopted into the shadow root only, the theme on `container`, and the React components
 * rendered into an element of their own inside `container`. Session changes reach the loader through `bridge`.
 *
 * Never throws: a failure is reported through `bridge.reportError` and leaves nothing behind. `internals` is for
 * tests (the loader never passes it).
 *
 * @example
 * const widget = mountEmbedUi({ root, container }, { sdkKey, token: { url: '/api/cobrowse/token' } }, bridge)
 * widget.start()
 */
export function mountEmbedUi(
  target: { root: ShadowRoot; container: HTMLElement },
  options: EmbedOptions,
  bridge: EmbedBridge,
  internals: EmbedUiInternals = {},
): MountedEmbedUi {
  // Undo steps, run last-in first-out: the tree goes before the store it reads.
  const undo: Array<() => void> = []
  const tearDown = () => {
    for (const step of undo.splice(0).reverse()) {
      try {
        step()
      } catch (error) {
        reportThrown(bridge, error)
      }
    }
  }
  const guarded =
    (run: () => void): (() => void) =>
    () => {
      try {
        run()
      } catch (error) {
        reportThrown(bridge, error)
      }
    }

  try {
    const { root, container } = target
    const store = createSessionStore(toSessionStoreConfig(options, internals))
    undo.push(() => store.destroy())
    undo.push(bridgeSession(store, bridge))
    undo.push(adoptStyles(root, `${kitCss}\n${embedCss}`, options.nonce))
    undo.push(applyTheme(container, options))

    const mountPoint = container.appendChild(container.ownerDocument.createElement('div'))
    undo.push(() => mountPoint.remove())
    const tree = createRoot(mountPoint)
    undo.push(() => tree.unmount())
    tree.render(
      <EmbedErrorBoundary onError={(error) => reportThrown(bridge, error)}>
        <EmbedWidget
          store={store}
          locale={resolveLocale(options.locale, container.ownerDocument)}
          messages={typeof options.messages === 'object' && options.messages !== null ? options.messages : undefined}
          position={options.position ?? 'bottom-right'}
        />
      </EmbedErrorBoundary>,
    )

    const report = (error: unknown) => reportThrown(bridge, error)
    return {
      // The launcher's click and `CobrowseKit.start()`: a new session after an end or an error, as the button's own
      // "Get help" and "Try again" do; nothing while one is already on its way or live.
      start: guarded(() => {
        const { status } = store.getState()
        if (status === 'error' || status === 'ended') store.retry().catch(report)
        else if (status === 'idle' || status === 'ready' || status === 'loading') store.start().catch(report)
      }),
      end: guarded(() => store.end()),
      unmount: guarded(tearDown),
    }
  } catch (error) {
    reportThrown(bridge, error)
    tearDown()
    return NOTHING_MOUNTED
  }
}
