/**
 * The year the Séances screen opens on: the current one, else the latest year before it, else the
 * earliest after it — never a year ahead only because a session was typed there (2099).
 *
 * @example openingYear(['2099', '2026', '2023'], '2026') // '2026'; openingYear(['2099', '2023'], '2026') // '2023'
 */
export function openingYear(years: readonly string[], current: string): string | null {
  const sorted = [...years].sort();
  return [...sorted].reverse().find((y) => y <= current) ?? sorted[0] ?? null;
}
