import { z } from 'zod';

// The fixed vocabulary of shared/moves.md. Every face, case file and run file uses these ids.
export const MOVES = [
  'verhelderen',
  'eigen_kracht',
  'netwerk',
  'brede_blik',
  'algemene_voorziening',
  'maatwerkvoorziening',
  'afspraak',
  'overig',
] as const;
export const moveSchema = z.enum(MOVES);
export type Move = z.infer<typeof moveSchema>;

export const DIMENSIONS = [
  'vraagverheldering',
  'eigen_kracht',
  'netwerk',
  'brede_blik',
  'passende_oplossing',
  'afspraken',
] as const;
export const dimensionSchema = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof dimensionSchema>;

export const TOPICS = [
  'huishouden',
  'vervoer',
  'eten',
  'persoonlijke_verzorging',
  'eenzaamheid',
  'werk',
  'familie',
  'buren',
  'geld',
  'gezondheid',
  'wonen',
  'vrijwilligerswerk',
  'rouw',
  'veiligheid',
  'mantelzorg',
  'dagbesteding',
  'administratie',
] as const;
export const topicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof topicSchema>;

/** Moves that explore before any solution is weighed. */
export const EXPLORING_MOVES: readonly Move[] = ['verhelderen', 'eigen_kracht', 'netwerk', 'brede_blik'];
/** Moves that put a solution on the table. */
export const SOLUTION_MOVES: readonly Move[] = ['algemene_voorziening', 'maatwerkvoorziening'];

/** Dutch labels for faces and reports. */
export const MOVE_LABELS: Record<Move, string> = {
  verhelderen: 'verhelderen (vraag achter de vraag)',
  eigen_kracht: 'eigen kracht',
  netwerk: 'sociaal netwerk',
  brede_blik: 'brede blik',
  algemene_voorziening: 'algemene voorziening',
  maatwerkvoorziening: 'maatwerkvoorziening',
  afspraak: 'afspraak',
  overig: 'overig',
};

export const DIMENSION_LABELS: Record<Dimension, string> = {
  vraagverheldering: 'Vraagverheldering',
  eigen_kracht: 'Eigen kracht',
  netwerk: 'Netwerk',
  brede_blik: 'Brede blik',
  passende_oplossing: 'Passende oplossing',
  afspraken: 'Afspraken',
};
