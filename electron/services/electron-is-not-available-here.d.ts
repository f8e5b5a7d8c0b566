// electron/services/ never imports Electron: dialogs and paths are passed in, so tests run the
// services for real in Node. Its tsconfig maps 'electron' to this empty module, so any import
// from 'electron' here is a type error ("has no exported member").
export {};
