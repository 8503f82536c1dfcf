import { compileMasking, type MaskingOptions, maskClone, type PiiMaskSettings } from '@cobrowse-kit/core'
import { type ReactNode, useEffect, useRef } from 'react'
import { useMaybeCobrowseStore } from '../context/useCobrowseStore.js'

/** Props of `<MaskPreview>`. */
export interface MaskPreviewProps {
  /** The UI to preview. It renders as usual on the customer side of the preview. */
  children?: ReactNode
  /** Masking to preview; defaults to the nearest provider's (`masking` and `settings.piiMask`), else `<Mask>` only. */
  masking?: MaskingOptions
  /** A raw `piiMask`, merged as the store does. */
  piiMask?: PiiMaskSettings
  /** Heading of the customer's side. Default "What the customer sees". */
  customerLabel?: string
  /** Heading of the agent's side. Default "What the agent sees". */
  agentLabel?: string
  /** Extra class on the root element; the kit's own classes start with `cbk-`. */
  className?: string
}

/** Invalid masking shows everything masked (and says why on the console): a preview never shows more than agents. */
function previewMasking(masking: MaskingOptions | undefined, piiMask: PiiMaskSettings | undefined) {
  try {
    return compileMasking(masking, piiMask)
  } catch (error) {
    console.warn(`[cobrowse-kit] <MaskPreview>: ${String(error)}`)
    return { maskType: 'custom_input' as const, maskCssSelectors: '*' }
  }
}

/**
 * Shows, inside the host app, what an agent will see of a piece of UI: the UI itself beside a live, masked copy made
 * with the same rules as the emulator's recorder (text, values, and only known-safe attributes of masked elements;
 * the sensitive-field defaults included). For design review and QA of masking; the protection itself happens in the
 * SDK. Content the UI renders through portals is not part of the copy.
 *
 * @example
 * <MaskPreview><PaymentForm /></MaskPreview>
 */
export function MaskPreview({
  children,
  masking,
  piiMask,
  customerLabel = 'What the customer sees',
  agentLabel = 'What the agent sees',
  className,
}: MaskPreviewProps): ReactNode {
  const store = useMaybeCobrowseStore()
  const live = useRef<HTMLDivElement>(null)
  const copy = useRef<HTMLDivElement>(null)
  const compiled = previewMasking(
    masking ?? (store?.config.masking === false ? undefined : store?.config.masking),
    piiMask ?? store?.config.settings?.piiMask,
  )
  // A stable key, so the effect re-runs when the masking changes, not on every render.
  const key = JSON.stringify(compiled)

  useEffect(() => {
    const source = live.current
    const target = copy.current
    if (!source || !target) return
    const piiMask = JSON.parse(key) as PiiMaskSettings
    // The copy is for the eyes only: not focusable, not announced twice (aria-hidden on the element, below).
    target.inert = true
    const refresh = () => {
      const clone = source.cloneNode(true) as HTMLElement
      maskClone(clone, piiMask)
      for (const element of clone.querySelectorAll(
        'a, button, input, select, textarea, [tabindex], [contenteditable]',
      )) {
        element.setAttribute('tabindex', '-1')
      }
      target.replaceChildren(...clone.childNodes)
    }
    refresh()
    const observer = new MutationObserver(refresh)
    observer.observe(source, { subtree: true, childList: true, characterData: true, attributes: true })
    source.addEventListener('input', refresh)
    source.addEventListener('change', refresh)
    return () => {
      observer.disconnect()
      source.removeEventListener('input', refresh)
      source.removeEventListener('change', refresh)
    }
  }, [key])

  return (
    <div className={className ? `cbk-mask-preview ${className}` : 'cbk-mask-preview'}>
      <section className="cbk-mask-preview__pane" aria-label={customerLabel}>
        <p className="cbk-mask-preview__label">{customerLabel}</p>
        <div ref={live}>{children}</div>
      </section>
      <section className="cbk-mask-preview__pane" aria-label={agentLabel}>
        <p className="cbk-mask-preview__label">{agentLabel}</p>
        <div ref={copy} className="cbk-mask-preview__copy" data-testid="mask-preview-agent" aria-hidden="true" />
      </section>
    </div>
  )
}
