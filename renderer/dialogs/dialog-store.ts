// One modal at a time. Features open their dialogs through this store; DialogHost renders them.
import { create } from 'zustand';
import type { ComponentType } from 'react';

export interface ModalProps {
  close(): void;
}

interface OpenDialog {
  Component: ComponentType<ModalProps & Record<string, unknown>>;
  props: Record<string, unknown>;
}

interface DialogState {
  current: OpenDialog | null;
  open<P extends object>(Component: ComponentType<ModalProps & P>, props: P): void;
  close(): void;
}

export const useDialogStore = create<DialogState>()((set) => ({
  current: null,
  open: (Component, props) => set({ current: { Component: Component as OpenDialog['Component'], props: props as Record<string, unknown> } }),
  close: () => set({ current: null }),
}));
