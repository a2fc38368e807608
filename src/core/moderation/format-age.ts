/** "12 min", "5 h", "3 d": how long a draft has waited. */
export function formatAge(from: string, now: Date): string {
  const ms = Math.max(0, now.getTime() - Date.parse(from));
  if (Number.isNaN(ms)) return '?';
  const min = Math.floor(ms / 60_000);
  if (min < 60) return `${min} min`;
  const hours = Math.floor(min / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}
