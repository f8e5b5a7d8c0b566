// Before any export (the dialog, Export PNG, Export EN + ES, Copy image): what the volunteer has
// not finished (core/templates/fill-check). A broken rule stops the export with its reason where
// the user is looking; a language still at the template's sample asks first.
import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { findElement, type Design, type Language } from '../../core/model';
import { fillInProblems, type FillProblem } from '../../core/templates';
import { confirm } from '../dialogs/dialog-store';
import { elementName } from '../i18n/element-name';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';

/** One problem as a sentence in the UI language. */
export function problemText(p: FillProblem, design: Design, t: TFunction): string {
  const el = p.elementId ? findElement(design.elements, p.elementId) : undefined;
  const name = el ? elementName(el, t, design.language) : '';
  const language = t(`languageName.${p.language}`);
  const key = p.code === 'placeholder' && el?.type === 'image' ? 'fill.problem.placeholderPhoto' : `fill.problem.${p.code}`;
  return t(key, { name, language, length: p.length ?? 0, max: p.max ?? 0 });
}

/** The same photo placeholder is one problem whatever the languages. */
export function distinctProblems(problems: readonly FillProblem[], design: Design): FillProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const photo = p.elementId !== null && findElement(design.elements, p.elementId)?.type === 'image';
    const key = `${p.code}:${p.elementId}:${photo ? '' : p.language}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * True when the export of `languages` may go on: no rule broken, and the user agreed to export
 * what still shows the template's sample. A refusal is said in the status (shown over the canvas).
 */
export async function mayExport(languages: readonly Language[]): Promise<boolean> {
  const { design, authorMode } = useDesignStore.getState();
  // The author is making the template: the rules are for what volunteers send out.
  if (authorMode) return true;
  const problems = distinctProblems(fillInProblems(design, languages), design);
  const t = i18next.t.bind(i18next) as TFunction;
  const blocking = problems.find((p) => p.blocking);
  if (blocking) {
    useEditorStore.getState().setStatus({ key: 'fill.blocked', params: { reason: problemText(blocking, design, t) }, tone: 'error' });
    return false;
  }
  if (!problems.length) return true;
  const answer = await confirm({
    titleKey: 'fill.ask.title',
    messageKey: 'fill.ask.message',
    details: problems.map((p) => problemText(p, design, t)),
    buttons: [
      { id: 'cancel', labelKey: 'fill.ask.cancel', kind: 'primary' },
      { id: 'export', labelKey: 'fill.ask.confirm' },
    ],
    cancelId: 'cancel',
  });
  return answer === 'export';
}
