// The qrcode package's encoder module alone (its `create`, as the package's own entry re-exports it).
declare module 'qrcode/lib/core/qrcode.js' {
  export const create: typeof import('qrcode').create;
}
