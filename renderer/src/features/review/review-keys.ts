import { ENTITY_TYPES } from '../../../../shared/types/entity.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import type { MessageKey } from '../../i18n/id.ts';
import type { Translate } from '../../i18n/translate.ts';

/** The review shortcuts, as the "?" overlay lists them (handled in use-review-shortcuts.ts). */
export const REVIEW_KEYS: ReadonlyArray<{ keys: readonly string[]; label: MessageKey }> = [
  { keys: ['j', '↓'], label: 'keys.next' },
  { keys: ['k', '↑'], label: 'keys.previous' },
  { keys: ['Home', 'End'], label: 'keys.firstLast' },
  { keys: ['a', 'Enter'], label: 'keys.accept' },
  { keys: ['r', 'x'], label: 'keys.reject' },
  { keys: ['p'], label: 'keys.reset' },
  { keys: ['e'], label: 'keys.edit' },
  { keys: ['n'], label: 'keys.add' },
  { keys: ['A'], label: 'keys.acceptAbove' },
  { keys: ['B'], label: 'keys.bulk' },
  { keys: ['z'], label: 'keys.zone' },
  { keys: ['t'], label: 'keys.text' },
  { keys: ['Alt+←', 'Alt+→'], label: 'keys.spanStart' },
  { keys: ['Alt+Shift+→', 'Alt+Shift+←'], label: 'keys.spanEnd' },
  { keys: ['c'], label: 'keys.confirm' },
  { keys: ['u', 'Ctrl+Z'], label: 'keys.undo' },
  { keys: ['U', 'Ctrl+Shift+Z', 'Ctrl+Y'], label: 'keys.redo' },
  { keys: ['[', ']'], label: 'keys.pages' },
  { keys: ['h'], label: 'keys.history' },
  { keys: ['f'], label: 'keys.particulars' },
  { keys: ['b'], label: 'keys.back' },
  { keys: ['?'], label: 'keys.help' },
  { keys: ['Esc'], label: 'keys.escape' },
];

/** The library's shortcuts, listed in the same overlay. */
export const LIBRARY_KEYS: ReadonlyArray<{ keys: readonly string[]; label: MessageKey }> = [
  { keys: ['/'], label: 'keys.search' },
  { keys: ['j', 'k', '↑', '↓'], label: 'keys.rows' },
  { keys: ['Enter', 'o'], label: 'keys.open' },
  { keys: ['Delete'], label: 'keys.trash' },
];

/** The letter that picks a type in the "add entity" picker: the initial of its name in this language. */
export function typeLetter(type: EntityType, t: Translate): string {
  return t(`type.${type}.key`);
}

/** Digits 1–6 or the type's letter → the type; anything else → null. */
export function typeForKey(key: string, t: Translate): EntityType | null {
  const digit = Number(key);
  if (Number.isInteger(digit) && digit >= 1 && digit <= ENTITY_TYPES.length) return ENTITY_TYPES[digit - 1]!;
  const lower = key.toLowerCase();
  return ENTITY_TYPES.find((type) => typeLetter(type, t) === lower) ?? null;
}

/**
 * The span keys: Alt+← widens the selected entity's start by a word, Alt+→ narrows it;
 * Alt+Shift+→ widens its end, Alt+Shift+← narrows it (the arrow says where the edge goes).
 */
export function spanKey(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>,
): { edge: 'start' | 'end'; step: 'widen' | 'narrow' } | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return null;
  const left = e.key === 'ArrowLeft';
  return e.shiftKey ? { edge: 'end', step: left ? 'narrow' : 'widen' } : { edge: 'start', step: left ? 'widen' : 'narrow' };
}
