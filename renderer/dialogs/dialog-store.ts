// One modal at a time. Actions and components ask for a dialog by id through this store (an
// action never imports a component); DialogHost looks the id up and renders the dialog.
import { create } from 'zustand';

export interface ModalProps {
  close(): void;
}

export interface ConfirmButton {
  id: string;
  labelKey: string;
  kind?: 'primary' | 'danger' | 'plain';
}

export interface ConfirmRequest {
  titleKey: string;
  messageKey: string;
  /** Lines shown under the message, e.g. the two versions of a pack being compared. */
  detailKeys?: string[];
  /** Lines already in the user's language (names and words from the design). */
  details?: string[];
  params?: Record<string, string | number>;
  buttons: ConfirmButton[];
  /** The answer when the user dismisses the dialog (Escape). */
  cancelId: string;
  onAnswer(id: string): void;
}

/** Every dialog by id, with the props it is opened with. */
export interface DialogPropsById {
  export: Record<string, never>;
  bulk: Record<string, never>;
  sizes: Record<string, never>;
  exportPack: Record<string, never>;
  saveTemplate: Record<string, never>;
  about: Record<string, never>;
  confirm: ConfirmRequest;
}

export type DialogId = keyof DialogPropsById;

type OpenDialog = { [K in DialogId]: { id: K; props: DialogPropsById[K] } }[DialogId];

interface DialogState {
  current: OpenDialog | null;
  open<K extends DialogId>(id: K, props: DialogPropsById[K]): void;
  close(): void;
}

export const useDialogStore = create<DialogState>()((set) => ({
  current: null,
  open: (id, props) => set({ current: { id, props } as OpenDialog }),
  close: () => set({ current: null }),
}));

/** Asks the user and resolves with the id of the button they chose. */
export function confirm(options: Omit<ConfirmRequest, 'onAnswer'>): Promise<string> {
  return new Promise((resolve) => useDialogStore.getState().open('confirm', { ...options, onAnswer: resolve }));
}
