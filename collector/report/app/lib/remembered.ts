const BY_KEY = 'microjourney-report:by';

/** Who closes the loop: remembered in this browser, so each save does not ask again. */
export function rememberedBy(): string {
  try {
    return localStorage.getItem(BY_KEY) ?? '';
  } catch {
    return ''; // storage blocked (private mode, policy): the field just starts empty
  }
}

export function rememberBy(by: string): void {
  try {
    localStorage.setItem(BY_KEY, by);
  } catch {
    // Nothing to do: the name is sent with the change all the same.
  }
}
