import { ruleFamily } from '../family';
import { readerRules } from './rule';

/** What the file's readers make of it: a reader that refuses it, readers that load a key differently. */
export const readers = ruleFamily({
  codes: {
    'reader-refuses': { severity: 'error', summary: 'A reader of the file (godotenv, docker compose, phpdotenv, Ruby dotenv) stops on a line and loads nothing from the file.' },
    'readers-disagree': { severity: 'warning', summary: 'Two readers of the file load a key with different values.' },
  },
  rule: readerRules,
});
