import { cheapRuleSchema } from '../config/schema.js';

export const DEFAULT_CHEAP_RULE = cheapRuleSchema.parse({});
