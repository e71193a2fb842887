/** What a command has to say; main.ts prints it and exits. Commands stay testable without a process. */
export interface CommandResult {
  code: number;
  stdout: string[];
  stderr: string[];
}
