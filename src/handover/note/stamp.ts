// The note's time, in the technician's local time: in its file name and in its text.

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYYMMDD-HHMM, for the file name. */
export const fileStamp = (d: Date): string =>
  `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;

/** YYYY-MM-DD HH:MM, for the text. */
export const readableStamp = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
