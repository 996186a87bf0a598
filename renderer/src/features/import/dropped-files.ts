/**
 * In the desktop app, the paths of a drop's files and folders (the importer walks folders itself),
 * or null when any of them has none (browser mode, or a file dragged from another app's memory):
 * then the files are read and uploaded instead.
 */
export function droppedPaths(data: DataTransfer, pathForFile: ((file: File) => string) | undefined): string[] | null {
  if (!pathForFile) return null;
  const files = [...data.files];
  if (files.length === 0) return null;
  const paths = files.map((file) => pathForFile(file));
  return paths.every((path) => path.length > 0) ? paths : null;
}

/**
 * The files of a drop, folders walked recursively. Entries must be taken from the DataTransfer
 * during the drop event itself (it is emptied afterwards), so call this synchronously there.
 */
export function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of [...data.items]) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (entries.length === 0) return Promise.resolve(loose.length ? loose : [...data.files]);
  return Promise.all(entries.map(walk)).then((lists) => [...loose, ...lists.flat()]);
}

async function walk(entry: FileSystemEntry): Promise<File[]> {
  // Hidden files (.DS_Store, editors' leftovers) are never documents.
  if (entry.name.startsWith('.')) return [];
  if (entry.isFile) {
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (f) => resolve([f]),
        () => resolve([]),
      ),
    );
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries answers in batches (about 100 at a time) until it answers with none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  const nested = await Promise.all(children.map(walk));
  return nested.flat();
}

/** Files chosen through a folder input: skip hidden ones, as a drop does. */
export function visibleFiles(files: FileList | null): File[] {
  return [...(files ?? [])].filter(
    (f) => !f.name.startsWith('.') && !(f.webkitRelativePath || '').split('/').some((part) => part.startsWith('.')),
  );
}
