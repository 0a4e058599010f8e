import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './persist.css';

export interface ErrorBoundaryProps {
  /** Which part of the app this guards (a key under `persist.part`), shown in the message. */
  part: string;
  /** A second way back, e.g. forget the stored value that made the part fail. */
  reset?: { label: string; action: () => void };
  /** When any of these changes, a failed part tries again by itself (e.g. another technique). */
  resetKeys?: readonly unknown[];
  children: ReactNode;
}

interface State {
  error: Error | null;
  keys: readonly unknown[] | undefined;
}

/**
 * One failing tab or panel never takes the app down: it shows what failed, says the rest still
 * works, and offers "Try again" (and, where it helps, a reset of what the part keeps).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    const a = props.resetKeys;
    const b = state.keys;
    const changed = a !== b && (!a || !b || a.length !== b.length || a.some((x, i) => !Object.is(x, b[i])));
    if (!changed) return null;
    return state.error ? { error: null, keys: a } : { keys: a };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn(`Handpath: the "${this.props.part}" part failed and shows its error message:`, error, info.componentStack);
  }

  retry = (): void => this.setState({ error: null });

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    const { part, reset } = this.props;
    return (
      <PartFailed
        part={part}
        message={this.state.error.message}
        onRetry={this.retry}
        {...(reset
          ? {
              reset: {
                label: reset.label,
                action: () => {
                  reset.action();
                  this.retry();
                },
              },
            }
          : {})}
      />
    );
  }
}

/** The message a failed part shows instead of itself. */
export function PartFailed({
  part,
  message,
  onRetry,
  reset,
}: {
  part: string;
  message: string;
  onRetry: () => void;
  reset?: { label: string; action: () => void };
}) {
  const { t } = useTranslation();
  return (
    <div className="panel part-failed" role="alert" data-testid={`failed-${part}`}>
      <p>
        <strong>{t('persist.boundary.title', { part: t(`persist.part.${part}`, { defaultValue: part }) })}</strong>{' '}
        {t('persist.boundary.body')}
      </p>
      <p className="muted">
        <code>{message.slice(0, 200)}</code>
      </p>
      <div className="buttons">
        <button type="button" onClick={onRetry} data-testid={`retry-${part}`}>
          {t('persist.boundary.retry')}
        </button>
        {reset && (
          <button type="button" onClick={reset.action} data-testid={`reset-${part}`}>
            {reset.label}
          </button>
        )}
      </div>
    </div>
  );
}
