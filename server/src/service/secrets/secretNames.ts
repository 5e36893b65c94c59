/**
 * Names that hold credentials by convention (`*_SECRET`, `*_PASSWORD`, `*_TOKEN`, `*_API_KEY`,
 * `*_PRIVATE_KEY`, …). Used wherever a value might be shown, so that it is masked instead.
 */
const SECRET_NAME = /(?:^|[_.-])(?:SECRET|SECRETS|PASSWORD|PASSWD|PASS|PWD|TOKEN|API[_-]?KEY|PRIVATE[_-]?KEY|ACCESS[_-]?KEY|CLIENT[_-]?SECRET|SALT|CREDENTIALS?|AUTH[_-]?KEY)(?:$|[_.-])|(?:^|_)SECRET_KEY$|^APP_KEY$/i;
const NOT_SECRET = /(?:^|_)(?:ACCESS_KEY_ID|KEY_ID|CLIENT_ID|TOKEN_URL|PASSWORD_RESET[A-Z_]*|_URL)$/i;

export function isSecretName(key: string): boolean {
  return SECRET_NAME.test(key) && !NOT_SECRET.test(key);
}
