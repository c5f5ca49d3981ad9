// Weak-secret predicates shared by SL104, SL110, SL209, SL305 and SL404 (RULES.md).

/** Every character the same (`0000`, `****`). An empty string is not "all one character". */
export function allOneCharacter(s: string): boolean {
  return s.length > 0 && [...s].every((c) => c === s[0]);
}

/** Every character a digit, each one more than the one before, or each one less (`12345678`, `8765`). */
export function isDigitRun(s: string): boolean {
  if (s.length < 2 || !/^\d+$/.test(s)) return false;
  const step = s.charCodeAt(1) - s.charCodeAt(0);
  if (step !== 1 && step !== -1) return false;
  for (let i = 2; i < s.length; i++) if (s.charCodeAt(i) - s.charCodeAt(i - 1) !== step) return false;
  return true;
}

/** SL104's test for a 90-02 password: shorter than 8, all one character, or a run. */
export function isWeakProgrammingPassword(s: string): boolean {
  return s.length < 8 || allOneCharacter(s) || isDigitRun(s);
}
