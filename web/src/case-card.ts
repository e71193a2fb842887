/** What the case list shows of a case; the full case is loaded when it is opened. */
export interface CaseCard {
  id: string;
  title: string;
  summary: string;
  clientName: string;
  clientAge: number;
  difficulty: 'basis' | 'gevorderd' | 'expert';
  learningGoals: string[];
  /** The most turns an option path through the case takes: how long it lasts, roughly. */
  turns: number;
}
