/**
 * A refusal of Node's parseArgs said in French, with the options the command knows (`known`, without
 * their dashes). parseArgs explains in English (« Unknown option '--acte'. To specify a positional
 * argument… »): a secretary who typed --acte for --act read that. Its error codes are stable, the
 * option it names is between quotes in its message. Used by the `registre` command and the local host.
 */
export function optionMessage(error: unknown, known: readonly string[]): string {
  const e = error as Error & { code?: string };
  const option = /'(-[^' ]+)/.exec(e.message)?.[1];
  if (option === undefined) return `Options : ${e.message}`;
  const list = known.map((name) => `--${name}`).join(', ');
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Option ${option} inconnue pour cette commande ; ses options : ${list}.`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return e.message.includes('does not take an argument')
      ? `L'option ${option} ne prend pas de valeur.`
      : `L'option ${option} attend une valeur (par exemple ${option} <valeur>).`;
  }
  return `Options : ${e.message}`;
}
