// The IPC channel of every window.placard method and every main-to-page event, and nothing else:
// the sandboxed preload imports only this (no zod, no schemas), so it stays a few kilobytes.
// core/api.ts and core/api-files.ts attach the argument and result schemas to these channels.

export const API_CHANNELS = {
  getAppInfo: 'app:get-info',
  openImage: 'image:open',
  saveExport: 'export:save',
  getSettings: 'settings:get',
  setSettings: 'settings:set',
  getLibrary: 'library:get',
  saveBrandKit: 'library:save-brand-kit',
  deleteBrandKit: 'library:delete-brand-kit',
  saveTemplate: 'library:save-template',
  deleteTemplate: 'library:delete-template',
  getLibraryAsset: 'library:get-asset',
  chooseExportFolder: 'export:choose-folder',
  writeExportFiles: 'export:write-files',
  copyImageToClipboard: 'clipboard:write-image',
  printWindow: 'print:window',
  openSpreadsheet: 'bulk:open-sheet',
  choosePhotoFolder: 'bulk:choose-photo-folder',
  readFolderPhoto: 'bulk:read-photo',
  openDocumentDialog: 'document:open-dialog',
  openDocumentPath: 'document:open-path',
  saveDocument: 'document:save',
  saveDocumentAs: 'document:save-as',
  getRecentDocuments: 'document:recent',
  takeOpenRequests: 'document:take-open-requests',
  answerClose: 'window:answer-close',
  setWindowState: 'window:set-state',
  writeRecovery: 'recovery:write',
  listRecoveries: 'recovery:list',
  readRecovery: 'recovery:read',
  clearRecovery: 'recovery:clear',
  choosePackFile: 'pack:choose-file',
  importPackFile: 'pack:import-file',
  importPackBytes: 'pack:import-bytes',
  listPacks: 'pack:list',
  getPackDetails: 'pack:details',
  removePack: 'pack:remove',
  exportPack: 'pack:export',
} as const;

export const EVENT_CHANNELS = {
  menuAction: 'menu:action',
  openFile: 'file:open',
  closeRequested: 'window:close-requested',
} as const;

export type ChannelMethod = keyof typeof API_CHANNELS;
export const CHANNEL_METHODS = Object.keys(API_CHANNELS) as ChannelMethod[];
