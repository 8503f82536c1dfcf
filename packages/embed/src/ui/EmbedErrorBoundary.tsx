import { Component, type ReactNode } from 'react'

/** Props of {@link EmbedErrorBoundary}. */
export interface EmbedErrorBoundaryProps {
  /** Told once about an error that broke rendering. */
  onError: (error: unknown) => void
  children?: ReactNode
}

/**
 * Stops a rendering error at the widget's edge: the widget disappears and the error is reported through the loader,
 * instead of surfacing as an uncaught exception on the host page (a later store update would re-throw it there).
 */
export class EmbedErrorBoundary extends Component<EmbedErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error)
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children
  }
}
