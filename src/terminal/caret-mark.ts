// The private-use character the field draws where the caret is. The painter turns it into the
// terminal's own cursor and never shows it; the text-width fast path counts it as one column.

/** The caret mark as a string. */
export const CARET_MARK = '\uE000';
/** Its UTF-16 code unit. */
export const CARET_MARK_UNIT = 0xe000;
