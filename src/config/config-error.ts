/** A setting is missing, malformed or unsafe; the message names it. Stops the service at start-up. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
