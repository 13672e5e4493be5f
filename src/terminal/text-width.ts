// How many terminal columns text takes, for the wizard's layout and its painter (colour codes
// take none). Plain ASCII is counted at once; anything else asks string-width (which the build
// puts behind a fast path for the other characters the wizard draws).

import stringWidth from 'string-width';

/** The columns `text` takes. */
export const textWidth = (text: string): number => (/^[\x20-\x7e]*$/.test(text) ? text.length : stringWidth(text));
