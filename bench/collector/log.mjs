// How bench:collector talks: progress lines on stderr (stdout is the table), numbers in en-US.

/** A progress line on stderr, stamped with the time of day. */
export const log = (line) => console.error(`[bench:collector ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** A whole number with thousands separators; a dash for a figure that was not measured. */
export const fmt = (n) => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
