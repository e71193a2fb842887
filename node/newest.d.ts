/** The newest modification time (ms) of a file or of anything below a folder; 0 when it does not exist. */
export function newest(path: string): number;
