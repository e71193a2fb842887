import {
  caseSchema,
  conditionSchema,
  endingSchema,
  factSchema,
  fallbackSchema,
  flagSchema,
  optionSchema,
  pointSchema,
  scoreItemSchema,
} from './schema';
import { expertZrmSchema, verslagSpecSchema } from './verslag-schema';

/** Every field name a case may use, for "bedoelde je …?" hints on typos. */
export const schemaKeys: string[] = [
  ...new Set(
    [caseSchema, conditionSchema, endingSchema, factSchema, fallbackSchema, flagSchema, optionSchema, pointSchema, scoreItemSchema, verslagSpecSchema, expertZrmSchema]
      .flatMap((s) => Object.keys(s.shape))
      .concat(Object.keys(caseSchema.shape.client.shape)),
  ),
];
