// Makes a number format, so ICU's process-wide number data is set up off the page's thread
// (intl-warmup.ts), then says so.
new Intl.NumberFormat(navigator.language, { maximumFractionDigits: 2 }).format(1.5);
postMessage(null);
