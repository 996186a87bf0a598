/**
 * The dataset's own folder inside the one the clerk chose: a dataset is written only into a new or
 * empty folder, so each export from the app gets a fresh, dated name next to the earlier ones.
 */
export function datasetFolder(chosen: string, now: Date): string {
  const separator = chosen.includes('\\') && !chosen.includes('/') ? '\\' : '/';
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `${chosen.replace(/[\\/]+$/, '')}${separator}lontar-dataset-${stamp}`;
}
