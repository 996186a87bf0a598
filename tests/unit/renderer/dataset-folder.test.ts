import { describe, expect, it } from 'vitest';
import { datasetFolder } from '../../../renderer/src/features/export/dataset-folder.ts';

describe('dataset folder of the Export view', () => {
  const now = new Date('2026-12-02T23:40:05.123Z');
  it("is a new, dated folder inside the chosen one, with that platform's separator", () => {
    expect(datasetFolder('/home/ani/Ekspor/', now)).toBe('/home/ani/Ekspor/lontar-dataset-20261202-234005');
    expect(datasetFolder('C:\\Users\\Ani\\Ekspor', now)).toBe('C:\\Users\\Ani\\Ekspor\\lontar-dataset-20261202-234005');
  });
});
