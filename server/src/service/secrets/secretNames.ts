/**
 * Names that hold credentials by convention (`*_SECRET`, `*_PASSWORD`, `*_TOKEN`, `*_API_KEY`,
 * `*_PRIVATE_KEY`, …), used for keys that no schema describes. Names that only talk about a secret
 * (`PASSWORD_MIN_LENGTH`, `TOKEN_TTL`, `POSTGRES_PASSWORD_FILE`, `PREVENT_EMAIL_PASSWORD`) are not secrets.
 */
const SECRET_WORD = /(?:^|[_.-])(?:SECRETS?|PASSWORD|PASSWD|PASS|PWD|TOKEN|API[_-]?KEY|PRIVATE[_-]?KEY|ACCESS[_-]?KEY|CLIENT[_-]?SECRET|SALT|CREDENTIALS?|AUTH[_-]?KEY)(?:$|[_.-])|(?:^|_)SECRET_KEY$|^APP_KEY$/i;
const ABOUT_A_SECRET =
  /(?:_(?:ID|FILE|PATH|DIR|URL|URI|HOST|PORT|USER|USERNAME|NAME|TTL|EXPIRY|EXPIRES|EXPIRES_IN|EXPIRE|LIFETIME|LENGTH|MIN_LENGTH|MAX_LENGTH|TIMEOUT|AGE|ROUNDS|ENABLED|REQUIRED|HEADER|COOKIE_NAME|FIELD|TYPE|ALGORITHM))$|^(?:PREVENT|ENABLE|DISABLE|ALLOW|USE|REQUIRE)_/i;

export function isSecretName(key: string): boolean {
  return SECRET_WORD.test(key) && !ABOUT_A_SECRET.test(key);
}
