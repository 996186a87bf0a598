import { describe, expect, it } from 'vitest';
import { reviewedRecords } from '../../../electron/backend/pipeline/reviewed-records.ts';
import type { Attributes, EntityType } from '../../../shared/types/entity.ts';

// Re-reading a document keeps what the clerk reviewed and offers only records not reviewed yet,
// matched by the whole identity (issue 10).
describe('reviewedRecords', () => {
  const kept: Array<{ type: EntityType; normalized: string; attributes: Attributes }> = [
    { type: 'score', normalized: '4.52', attributes: { subject_key: '35.17', index: 'IPP', year: 2024 } },
    { type: 'decree', normalized: '7/2020', attributes: { kind: 'permen', issuer: 'Menteri Dalam Negeri' } },
    { type: 'score', normalized: '93.31', attributes: { subject: 'Muba', index: null, year: null } },
  ];
  const isReviewed = reviewedRecords(kept);

  it('drops a record already reviewed and keeps another subject or instrument with the same number', () => {
    expect(isReviewed({ type: 'score', normalized: '4.52', attributes: { subject_key: '35.17', index: 'IPP', year: 2024 } })).toBe(true);
    expect(isReviewed({ type: 'score', normalized: '4.52', attributes: { subject_key: '35.71', index: 'IPP', year: 2024 } })).toBe(false);
    expect(isReviewed({ type: 'decree', normalized: '7/2020', attributes: { kind: 'perda', issuer: 'Bupati Jombang' } })).toBe(false);
    expect(isReviewed({ type: 'decree', normalized: '7/2020', attributes: { kind: 'permen', issuer: 'MENTERI DALAM NEGERI' } })).toBe(true);
  });

  it('lets a score reviewed before subjects were linked stand for its value', () => {
    expect(isReviewed({ type: 'score', normalized: '93.31', attributes: { subject_key: '16.06', index: 'Kepatuhan', year: 2024 } })).toBe(
      true,
    );
  });
});
