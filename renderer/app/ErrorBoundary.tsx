import type { ReactNode } from 'react';
import { Component } from 'react';

interface State {
  error: Error | null;
}

/** The last line of defence: a French message and the details to copy, never a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const details = `${error.name}: ${error.message}\n${error.stack ?? ''}`;
    return (
      <main className="page" role="alert">
        <h1>Une erreur inattendue est survenue</h1>
        <p>Votre registre n'a pas été modifié par cette erreur. Relancez l'application ; si l'erreur revient, transmettez les détails ci-dessous.</p>
        <textarea readOnly value={details} aria-label="Détails de l'erreur" rows={8} />
        <button type="button" onClick={() => void navigator.clipboard.writeText(details)}>
          Copier les détails
        </button>
      </main>
    );
  }
}
