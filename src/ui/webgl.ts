import { Component, type ReactNode } from 'react';

/**
 * Catches the error three throws when the browser cannot create a WebGL context, so the app
 * shows its no-WebGL screen. This replaces a probe that created a throwaway context first: one
 * context creation costs ≈ 100 ms in software WebGL and is scarce on phones.
 */
export class WebGLBoundary extends Component<
  { fallback: ReactNode; onFail: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('3D view unavailable:', error instanceof Error ? error.message : error);
    this.props.onFail();
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
