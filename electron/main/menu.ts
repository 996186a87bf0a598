import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../../shared/contract/events.ts';
import { openExternalLink } from './external-links.ts';

type Command = EventPayload<'app.command'>['command'];

/** Menu labels follow the system language: Indonesian on Indonesian systems, English otherwise. */
const LABELS = {
  id: {
    file: 'Berkas',
    importFiles: 'Impor berkas…',
    importFolder: 'Impor folder…',
    export: 'Ekspor data…',
    quit: 'Keluar',
    view: 'Tampilan',
    library: 'Pustaka',
    records: 'Rekaman',
    trash: 'Tempat sampah',
    theme: 'Tema terang/gelap',
    settings: 'Pengaturan…',
    help: 'Bantuan',
    keys: 'Pintasan papan ketik',
    about: 'Tentang Lontar',
    edit: 'Sunting',
  },
  en: {
    file: 'File',
    importFiles: 'Import files…',
    importFolder: 'Import folder…',
    export: 'Export data…',
    quit: 'Quit',
    view: 'View',
    library: 'Library',
    records: 'Records',
    trash: 'Trash',
    theme: 'Light/dark theme',
    settings: 'Settings…',
    help: 'Help',
    keys: 'Keyboard shortcuts',
    about: 'About Lontar',
    edit: 'Edit',
  },
} as const;

export function buildMenu(locale: string, send: (command: Command) => void): Menu {
  const l = locale.toLowerCase().startsWith('id') ? LABELS.id : LABELS.en;
  const item = (label: string, command: Command, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: l.file,
      submenu: [
        item(l.importFiles, 'import-files', 'CmdOrCtrl+O'),
        item(l.importFolder, 'import-folder', 'CmdOrCtrl+Shift+O'),
        item(l.export, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item(l.settings, 'settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { role: 'quit', label: l.quit },
      ],
    },
    { label: l.edit, role: 'editMenu' },
    {
      label: l.view,
      submenu: [
        item(l.library, 'show-library', 'CmdOrCtrl+1'),
        item(l.records, 'show-records', 'CmdOrCtrl+2'),
        item(l.trash, 'show-trash', 'CmdOrCtrl+3'),
        { type: 'separator' },
        item(l.theme, 'toggle-theme', 'CmdOrCtrl+Shift+L'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: l.help,
      submenu: [item(l.keys, 'show-keys', 'F1'), { label: l.about, click: () => openExternalLink('https://github.com/') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
