import { app, dialog, safeStorage, session, utilityProcess } from 'electron';
import type { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { AppError } from '../shared/domain/errors';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import type { RegisterClient } from './door/register-client';
import { registerClient } from './door/register-client';
import type { Keychain } from './services/register/known-shared-registers';
import { KnownSharedRegisters } from './services/register/known-shared-registers';
import { appFile } from './resources';
import { APP_ORIGIN, createAppWindow, denyPermissions, registerAppScheme, serveRenderer } from './security';

// The main process only wires things: the register (SQLite and every service) runs in a utility
// process (door/register-process.ts), every rule lives in shared/.
registerAppScheme();
app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

let window: BrowserWindow | undefined;

function startRegister(): RegisterClient {
  const child = utilityProcess.fork(join(__dirname, 'register.cjs'), [], { serviceName: 'Registre — registre', stdio: 'inherit' });
  const register = registerClient({ postMessage: (m) => child.postMessage(m), on: (_e, listener) => child.on('message', listener) });
  child.on('exit', (code) => {
    register.stopped(`Le processus du registre s'est arrêté (code ${code}) : fermez et rouvrez Registre.`);
    if (window !== undefined && !window.isDestroyed()) dialog.showErrorBox('Registre', 'Le processus du registre s’est arrêté : fermez et rouvrez Registre.');
  });
  return register;
}

let current = '';

/** Opens `path` (the app's own register when left out; with `create`, a new empty one); resolves to the file now in use. */
async function open(register: RegisterClient, path?: string, create?: boolean): Promise<string> {
  const opened = await register.open(path, create);
  if (!opened.ok) throw new Error(opened.error.message);
  window?.setTitle(`Registre — ${opened.value.file}`);
  current = opened.value.file;
  return opened.value.file;
}

/**
 * The system's keychain, when it really encrypts: on Linux without a keyring, Electron falls back
 * to a fixed key (« basic_text ») — no better than clear text, so no password is kept there.
 */
function keychain(): Keychain | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return safeStorage;
}

async function start(): Promise<void> {
  const register = startRegister();
  const file = await open(register);
  denyPermissions(session.defaultSession);
  serveRenderer(session.defaultSession, appFile('dist-renderer'));
  registerIpc(
    register,
    async (url, password) => {
      const opened = await register.open(url, false, password);
      if (!opened.ok) throw new AppError(opened.error.type, opened.error.message, opened.error.field);
      window?.setTitle(`Registre — ${opened.value.file}`);
      current = opened.value.file;
      return { file: opened.value.file, shared: true };
    },
    new KnownSharedRegisters(keychain()),
    () => current,
  );
  window = createAppWindow(`Registre — ${file}`, join(__dirname, 'preload.cjs'));
  const fail = (e: unknown) => dialog.showErrorBox('Registre', (e as Error).message);
  installMenu({
    newRegister: () => {
      void dialog
        .showSaveDialog({ title: 'Nouveau registre', defaultPath: 'registre.sqlite', filters: [{ name: 'Registre', extensions: ['sqlite'] }] })
        .then(async (r) => {
          if (r.canceled || r.filePath === undefined) return;
          // An empty register opens on the guided first screen (collectivité, organes, élus).
          await open(register, r.filePath, true);
          window?.webContents.reload();
        })
        .catch(fail);
    },
    openRegister: () => {
      void dialog
        .showOpenDialog({ title: 'Ouvrir un registre', filters: [{ name: 'Registre', extensions: ['sqlite'] }], properties: ['openFile'] })
        .then(async (r) => {
          const chosen = r.filePaths[0];
          if (chosen !== undefined) await open(register, chosen);
          window?.webContents.reload();
        })
        .catch(fail);
    },
    // The form is a screen of the page (fields, the list of registers already opened, the messages).
    openSharedRegister: () => void window?.webContents.executeJavaScript("location.hash = '#/registre-partage'").catch(fail),
    saveCopy: () => {
      const day = new Date().toISOString().slice(0, 10);
      void dialog
        .showSaveDialog({ title: 'Sauvegarder une copie du registre', defaultPath: `registre-copie-${day}.sqlite`, filters: [{ name: 'Registre', extensions: ['sqlite'] }] })
        .then(async (r) => {
          if (r.canceled || r.filePath === undefined) return;
          const copy = await register.backup(r.filePath);
          if (!copy.ok) throw new Error(copy.error.message);
          await dialog.showMessageBox({ message: `Copie enregistrée : ${copy.value}` });
        })
        .catch(fail);
    },
    about: () => void dialog.showMessageBox({ message: 'Registre — registre des délibérations.' }),
  });
  app.on('window-all-closed', () => {
    window = undefined;
    void register.close().finally(() => app.quit());
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

app
  .whenReady()
  .then(start)
  .catch((e: unknown) => {
    dialog.showErrorBox('Registre ne peut pas démarrer', (e as Error).message);
    app.quit();
  });
