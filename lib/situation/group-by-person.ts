/**
 * Today's rows with each person's rows together: a person on two open deals has a row per deal
 * (each deal its own stage, next step and day), and the later one is moved up to sit under the
 * earlier, more urgent one, instead of turning up again further down the queue. Otherwise the
 * queue's order is kept. `personOf` names the person a row shows (undefined: a row of its own).
 *
 * @example groupByPerson([a1, b, a2], (r) => r.person) // [a1, a2, b]
 */
export function groupByPerson<T>(rows: readonly T[], personOf: (row: T) => string | undefined): { row: T; underAbove: boolean }[] {
  const byPerson = new Map<string, T[]>();
  for (const row of rows) {
    const person = personOf(row);
    if (person !== undefined) byPerson.set(person, [...(byPerson.get(person) ?? []), row]);
  }
  const placed = new Set<T>();
  const grouped: { row: T; underAbove: boolean }[] = [];
  for (const row of rows) {
    if (placed.has(row)) continue;
    const person = personOf(row);
    const together = person === undefined ? [row] : (byPerson.get(person) ?? [row]);
    together.forEach((member, index) => {
      placed.add(member);
      grouped.push({ row: member, underAbove: index > 0 });
    });
  }
  return grouped;
}
