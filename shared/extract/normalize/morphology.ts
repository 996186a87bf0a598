/**
 * Indonesian derivational shapes of institutional nouns ("Pencegahan", "Kesejahteraan",
 * "Koordinasi", "Akuntabilitas"). They continue a unit's or a position's title; personal
 * names rarely have these shapes. Input is lower case.
 */
export function isInstitutionalWord(w: string): boolean {
  if (w.length < 7) return false;
  if (w.endsWith('an') && (w.startsWith('pe') || w.startsWith('ke'))) return true;
  return w.endsWith('asi') || w.endsWith('itas') || w.endsWith('isme');
}
