/** "1 request", "3 requests"; `many` for irregular plurals ("pushes"). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
