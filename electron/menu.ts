import type { MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';

export interface MenuActions {
  newRegister: () => void;
  openRegister: () => void;
  openSharedRegister: () => void;
  saveCopy: () => void;
  about: () => void;
}

/** The native menus, in French, with the usual shortcuts. */
export function installMenu(actions: MenuActions): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fichier',
      submenu: [
        { label: 'Nouveau registre…', accelerator: 'CmdOrCtrl+N', click: actions.newRegister },
        { label: 'Ouvrir un registre…', accelerator: 'CmdOrCtrl+O', click: actions.openRegister },
        { label: 'Ouvrir un registre partagé…', click: actions.openSharedRegister },
        { label: 'Sauvegarder une copie…', accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveCopy },
        { type: 'separator' },
        { label: 'Quitter', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { label: 'Annuler', role: 'undo' },
        { label: 'Rétablir', role: 'redo' },
        { type: 'separator' },
        { label: 'Couper', role: 'cut' },
        { label: 'Copier', role: 'copy' },
        { label: 'Coller', role: 'paste' },
        { label: 'Tout sélectionner', role: 'selectAll' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { label: 'Recharger', role: 'reload' },
        { type: 'separator' },
        { label: 'Taille réelle', role: 'resetZoom' },
        { label: 'Agrandir', role: 'zoomIn' },
        { label: 'Réduire', role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Plein écran', role: 'togglefullscreen' },
      ],
    },
    { label: 'Aide', submenu: [{ label: 'À propos de Registre', click: actions.about }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
