/**
 * Open what a share link carries. A technique goes through the same gate as an imported file
 * (`useUserTechniques.open`: parse + lint, never executed) and is kept under My techniques — as a
 * named copy when its id is taken; the very same technique as the library's simply opens the
 * library's. A course plan is checked by the stored-plan schema and offered, not imposed.
 */
import type { TFunction } from 'i18next';
import type { CoursePlan } from '../../domain/course/plan';
import { checkTechniqueText } from '../../domain/technique/check';
import type { Diagnostic } from '../../domain/technique/diagnostics';
import type { LocalizedText } from '../../domain/technique/schema';
import { loadLibrary } from '../../data/library';
import { decodePayload, techniqueText, type DecodeProblem, type ShareFragment } from '../../state/shareLink';
import { StoredCoursePlanSchema } from '../../state/userDataSchema';
import { MAX_USER_FILE_BYTES, useUserTechniques } from '../../state/userTechniques';
import { chooseTechnique } from '../library/chooseTechnique';

export type OpenedShare =
  | { kind: 'technique'; id: string; title: LocalizedText; copyOf?: string; saved: boolean; fromLibrary: boolean }
  | { kind: 'course'; plan: CoursePlan }
  | { kind: 'error'; errors: Diagnostic[] };

/** File name the gate's messages show for a shared technique. */
export const SHARED_FILE = 'shared-link.json';

function problem(p: DecodeProblem, t: TFunction, file: string): Diagnostic[] {
  const message = t(`share.errors.${p.code}`, {
    chars: 'chars' in p ? p.chars : 0,
    max: p.code === 'too-large' ? p.max : p.code === 'too-large-text' ? Math.round(p.max / 1024) : 0,
  });
  return [{ file, path: '', severity: 'error', code: `share-${p.code}`, message }];
}

export async function openSharedLink(frag: ShareFragment, t: TFunction): Promise<OpenedShare> {
  const file = frag.kind === 'share' ? SHARED_FILE : t('share.courseFile');
  const d = await decodePayload(frag.payload);
  if (!d.ok) return { kind: 'error', errors: problem(d, t, file) };

  if (frag.kind === 'course') {
    let json: unknown;
    try {
      json = JSON.parse(d.text);
    } catch {
      return { kind: 'error', errors: [{ file, path: '', severity: 'error', code: 'share-json', message: t('share.errors.courseJson') }] };
    }
    const r = StoredCoursePlanSchema.safeParse(json);
    if (!r.success) {
      const first = r.error.issues[0];
      return {
        kind: 'error',
        errors: [{ file, path: first ? first.path.join('.') : '', severity: 'error', code: 'share-course', message: t('share.errors.course') }],
      };
    }
    return { kind: 'course', plan: r.data as CoursePlan };
  }

  // The same technique as the library's: open the library's (no copy to keep).
  const gate = checkTechniqueText(d.text, SHARED_FILE, MAX_USER_FILE_BYTES);
  const lib = gate.technique ? loadLibrary().techniques.find((x) => x.id === gate.technique!.id) : undefined;
  if (gate.technique && lib && techniqueText(lib) === techniqueText(gate.technique)) {
    chooseTechnique(lib);
    return { kind: 'technique', id: lib.id, title: lib.title, saved: true, fromLibrary: true };
  }
  const r = await useUserTechniques.getState().open(d.text, SHARED_FILE);
  if (!r.ok) return { kind: 'error', errors: r.errors };
  const entry = useUserTechniques.getState().entries.find((e) => e.technique.id === r.id);
  if (!entry) return { kind: 'error', errors: [{ file, path: '', severity: 'error', code: 'share-lost', message: t('share.errors.lost') }] };
  chooseTechnique(entry.technique);
  return {
    kind: 'technique',
    id: r.id,
    title: entry.technique.title,
    saved: r.saved,
    fromLibrary: false,
    ...(r.copyOf ? { copyOf: r.copyOf } : {}),
  };
}
