import { extractDocument } from '../../../shared/extract/extract-document.ts';
import type { ExtractedEntity, EntityType } from '../../../shared/types/entity.ts';
import { preparedResources } from './corpus.ts';

/** Records of one type found in a snippet. */
export async function records(text: string, type: EntityType): Promise<ExtractedEntity[]> {
  return extractDocument(text, await preparedResources()).entities.filter((e) => e.type === type);
}

/** Keys of the records of one type found in a snippet. */
export async function keys(text: string, type: EntityType): Promise<string[]> {
  return (await records(text, type)).map((e) => e.normalized);
}
