import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { connect } from './app/connection';
import { followRegisterChanges } from './app/live-changes';
import { prefetchRead } from './app/use-call';
import './app/styles.css';
import './ui/ui.css';

const root = document.getElementById('root');
if (root !== null) {
  const client = connect(window.location, window.history);
  // The first screen's data is asked for at once, while React draws the desk around it.
  prefetchRead(client, 'sessions:list', {});
  prefetchRead(client, 'register:info', {});
  void followRegisterChanges(client);
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App client={client} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
