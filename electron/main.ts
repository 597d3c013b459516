import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import type { Db } from './db/open';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { backupRegister } from './services/backups';
import { defaultRegisterPath } from './services/register-file';
import type { RegisterLock } from './services/register-lock';
import { lockRegister } from './services/register-lock';
import { prepareRegister } from './services/register-prepare';
import { APP_ORIGIN, denyPermissions, lockNavigation, registerAppScheme, secureWebPreferences, serveRenderer } from './security';

// The main process only wires things: every rule lives in shared/, every write in electron/services/.
registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

let file = process.env.REGISTRE_DB ?? defaultRegisterPath();
let db: Db | undefined;
let window: BrowserWindow | undefined;
let lock: RegisterLock | undefined;

async function open(path: string): Promise<void> {
  const next = lockRegister(path);
  const prepared = await prepareRegister(path, new Date()).catch((e: unknown) => {
    next.release();
    throw e;
  });
  db?.close();
  lock?.release();
  lock = next;
  db = prepared.db;
  file = path;
  window?.setTitle(`Registre — ${file}`);
}

async function start(): Promise<void> {
  await open(file);
  denyPermissions(session.defaultSession);
  serveRenderer(session.defaultSession, join(app.getAppPath(), 'dist-renderer'));
  registerIpc(() => {
    if (db === undefined) throw new Error('register not open');
    return db;
  });
  window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: `Registre — ${file}`,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  lockNavigation(window.webContents);
  installMenu({
    openRegister: () => {
      void dialog
        .showOpenDialog({ title: 'Ouvrir un registre', filters: [{ name: 'Registre', extensions: ['sqlite'] }], properties: ['openFile'] })
        .then(async (r) => {
          const chosen = r.filePaths[0];
          if (chosen !== undefined) await open(chosen);
          window?.webContents.reload();
        })
        .catch((e: unknown) => dialog.showErrorBox('Registre', (e as Error).message));
    },
    saveCopy: () => {
      if (db === undefined) return;
      void backupRegister(db, file, new Date(), 'manuelle')
        .then((copy) => dialog.showMessageBox({ message: `Copie enregistrée : ${copy}` }))
        .catch((e: unknown) => dialog.showErrorBox('Registre', (e as Error).message));
    },
    about: () => void dialog.showMessageBox({ message: 'Registre — registre des délibérations.' }),
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => {
  db?.close();
  lock?.release();
  app.quit();
});

app
  .whenReady()
  .then(start)
  .catch((e: unknown) => {
    dialog.showErrorBox('Registre ne peut pas démarrer', (e as Error).message);
    app.quit();
  });
