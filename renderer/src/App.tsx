import { useCallback, useState } from 'react';
import { useApi } from './api/ApiContext.tsx';
import { ExportView } from './features/export/ExportView.tsx';
import { DropZone } from './features/import/DropZone.tsx';
import { ImportProvider, useImport } from './features/import/use-import.tsx';
import { ImportStatus } from './features/import/ImportStatus.tsx';
import { NO_FILTERS } from './features/library/library-filters.ts';
import { LibraryStateProvider, useLibraryState } from './features/library/library-state.tsx';
import { LibraryView } from './features/library/LibraryView.tsx';
import { TrashView } from './features/library/TrashView.tsx';
import { RecordsView } from './features/records/RecordsView.tsx';
import { KeyHelp } from './features/review/KeyHelp.tsx';
import { ReviewView } from './features/review/ReviewView.tsx';
import { SettingsProvider } from './features/settings/SettingsProvider.tsx';
import { SettingsView } from './features/settings/SettingsView.tsx';
import { AppHeader } from './components/AppHeader.tsx';
import { useAppCommands } from './hooks/use-app-commands.ts';
import { useHashRoute } from './hooks/use-hash-route.ts';
import type { Route } from './hooks/use-hash-route.ts';
import { useTheme } from './hooks/use-theme.ts';

export function App() {
  return (
    <SettingsProvider>
      <LibraryStateProvider>
        <ImportProvider>
          <Shell />
        </ImportProvider>
      </LibraryStateProvider>
    </SettingsProvider>
  );
}

function Shell() {
  const [route, navigate] = useHashRoute();
  const [theme, setTheme] = useTheme();
  const library = useLibraryState();
  const api = useApi();
  const { importPaths } = useImport();
  const [helpOpen, setHelpOpen] = useState(false);

  const go = useCallback((next: Route) => navigate(next), [navigate]);
  const openDocument = useCallback((id: number) => go({ view: 'document', id }), [go]);
  const showLibrary = useCallback(() => go({ view: 'library' }), [go]);
  const showSettings = useCallback(() => go({ view: 'settings' }), [go]);

  useAppCommands((command) => {
    switch (command) {
      case 'import-files':
      case 'import-folder':
        api.call('dialog.openFiles', { folders: command === 'import-folder' }).then(
          ({ paths }) => importPaths(paths),
          () => undefined,
        );
        break;
      case 'export':
        go({ view: 'export' });
        break;
      case 'show-library':
        go({ view: 'library' });
        break;
      case 'show-records':
        go({ view: 'records' });
        break;
      case 'show-trash':
        go({ view: 'trash' });
        break;
      case 'settings':
        go({ view: 'settings' });
        break;
      case 'show-keys':
        setHelpOpen(true);
        break;
      case 'toggle-theme': {
        setTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark');
        break;
      }
    }
  });

  return (
    <div className="app">
      <AppHeader route={route} onNavigate={go} theme={theme} onTheme={setTheme} />
      <ImportStatus />
      {route.view === 'library' && <LibraryView onOpen={openDocument} />}
      {route.view === 'document' && (
        <ReviewView key={route.id} id={route.id} onBack={showLibrary} onOpenDocument={openDocument} onSettings={showSettings} />
      )}
      {route.view === 'records' && (
        <RecordsView
          onOpenDocument={(id) => {
            library.setOpenedIndex(null);
            openDocument(id);
          }}
          onShowDocuments={(type, key) => {
            library.setFilters({ ...NO_FILTERS, entityType: type, recordKey: key });
            go({ view: 'library' });
          }}
        />
      )}
      {route.view === 'trash' && <TrashView />}
      {route.view === 'export' && <ExportView />}
      {route.view === 'settings' && <SettingsView theme={theme} onTheme={setTheme} />}
      <DropZone />
      {helpOpen && <KeyHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
