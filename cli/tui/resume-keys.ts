/** The letters that resume an unfinished run in the menu (q, m, b and ? mean other things elsewhere; these are free). */
export const RESUME_KEYS = 'abcdefgh';
