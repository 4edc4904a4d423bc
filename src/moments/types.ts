/** How a detector reports a micro-moment to the rules: its name and what was seen. */
export type Fire = (moment: string, detail: Record<string, unknown>) => void;
