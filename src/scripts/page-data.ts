/** Reads the JSON a page embedded for its script (see components/JsonData.astro); undefined if absent or broken. */
export function readPageData<T>(id: string): T | undefined {
  const text = document.getElementById(id)?.textContent;
  if (!text) return undefined;
  try { return JSON.parse(text) as T; } catch { return undefined; }
}
