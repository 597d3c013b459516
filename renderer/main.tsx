import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { connect } from './app/connection';
import './app/styles.css';
import './ui/ui.css';

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App client={connect(window.location, window.history)} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
