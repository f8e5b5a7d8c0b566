// Renders the open modal in a native <dialog> (showModal: the page behind is inert, focus stays
// inside, Escape reaches the dialog's own handler) and returns focus to where it was on close.
import { Suspense, useEffect, useRef, type ComponentType, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogStore, type DialogId, type DialogPropsById, type ModalProps } from './dialog-store';
import { ConfirmDialog } from './ConfirmDialog';
import { lazyComponent } from '../lazy-parts';

// Dialogs are not needed at start: their code loads on first use (preloaded when the editor is idle).
const ExportDialog = lazyComponent(() => import('../export/ExportDialog'), 'ExportDialog');
const SizeOverviewDialog = lazyComponent(() => import('../export/SizeOverview'), 'SizeOverviewDialog');
const ExportPackDialog = lazyComponent(() => import('../packs/ExportPackDialog'), 'ExportPackDialog');
const SaveTemplateDialog = lazyComponent(() => import('../panels/templates/SaveTemplateDialog'), 'SaveTemplateDialog');
const BulkDialog = lazyComponent(() => import('../bulk/BulkDialog'), 'BulkDialog');
const AboutDialog = lazyComponent(() => import('./AboutDialog'), 'AboutDialog');

const DIALOGS: { [K in DialogId]: ComponentType<DialogPropsById[K] & ModalProps> } = {
  export: ExportDialog,
  bulk: BulkDialog,
  sizes: SizeOverviewDialog,
  exportPack: ExportPackDialog,
  saveTemplate: SaveTemplateDialog,
  confirm: ConfirmDialog,
  about: AboutDialog,
};

export function DialogHost() {
  const current = useDialogStore((s) => s.current);
  const close = useDialogStore((s) => s.close);
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();

  useEffect(() => {
    const dialog = ref.current;
    if (!current || !dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    focusFirst(dialog);
    return () => {
      if (dialog.open) dialog.close();
      previous?.focus?.();
    };
  }, [current]);

  if (!current) return null;
  const Component = DIALOGS[current.id] as ComponentType<Record<string, unknown> & ModalProps>;
  return (
    <dialog
      className="modal"
      aria-modal="true"
      ref={ref}
      data-testid="modal"
      // Each dialog answers Escape itself (a running export must not vanish): the element stays open.
      onCancel={(e) => e.preventDefault()}
      // Keys typed in a dialog never reach the editor's shortcuts.
      onKeyDown={(e) => e.stopPropagation()}
    >
      <Suspense key={current.id} fallback={<p className="muted">{t('dialog.loading')}</p>}>
        <Component {...(current.props as Record<string, unknown>)} close={close} />
        <FocusOnMount dialog={ref} />
      </Suspense>
    </dialog>
  );
}

/** Puts focus on the dialog's first control (where its own keys, Escape included, are handled). */
function focusFirst(dialog: HTMLDialogElement): void {
  if (dialog.contains(document.activeElement) && document.activeElement !== dialog) return;
  dialog.querySelector<HTMLElement>('[data-autofocus], button, input, select, textarea')?.focus();
}

/** A dialog whose code loads on first use mounts after the host opened: focus it once it is there. */
function FocusOnMount({ dialog }: { dialog: RefObject<HTMLDialogElement | null> }) {
  useEffect(() => {
    if (dialog.current) focusFirst(dialog.current);
  }, [dialog]);
  return null;
}
