/** A skill requirement: name and minimum level (1-10). */
export interface Skill {
  name: string;
  level: number;
}

const ITEM = /^([A-Za-z][\w.-]*):(\d+)$/;

/**
 * Parses `crossdesk:skills` ("billing:3 spanish:2", commas also accepted). Returns the skills or the
 * message key of the first problem, so the properties panel can show it under the field.
 */
export function parseSkills(text: string): { skills: Skill[] } | { error: string; item: string } {
  const skills: Skill[] = [];
  for (const item of text.split(/[\s,]+/).filter(Boolean)) {
    const m = ITEM.exec(item);
    if (!m) return { error: 'routing.error.skillFormat', item };
    const level = Number(m[2]);
    if (level < 1 || level > 10) return { error: 'routing.error.skillLevel', item };
    if (skills.some((s) => s.name === m[1])) return { error: 'routing.error.skillTwice', item };
    skills.push({ name: m[1], level });
  }
  return { skills };
}

/** Writes skills back in the attribute's form. */
export function formatSkills(skills: readonly Skill[]): string {
  return skills.map((s) => `${s.name}:${s.level}`).join(' ');
}

/** Checks an ISO-8601 duration such as PT4H or P1DT2H30M (the SLA attribute). */
export function isIsoDuration(text: string): boolean {
  return /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(text);
}

/** Validates a business value: an integer from 0 to 100. */
export function isBusinessValue(text: string): boolean {
  return /^\d{1,3}$/.test(text) && Number(text) <= 100;
}
