// Makes a number format, a collator and a date format, so ICU's process-wide data for each is set
// up off the page's thread (intl-warmup.ts), then says so.
const locale = navigator.language;
new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(1.5);
new Intl.Collator(locale).compare('a', 'b');
new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
postMessage(null);

// A module, as the other workers are (the bundle drops this line).
export {};
