/** Applies and remembers a theme choice ("system" forgets it and follows the OS again). */
export function setTheme(choice: string): void {
  const root = document.documentElement;
  try {
    if (choice === 'light' || choice === 'dark') localStorage.setItem('theme', choice);
    else localStorage.removeItem('theme');
  } catch { /* storage blocked: the choice still applies to this page */ }
  if (choice === 'light' || choice === 'dark') root.dataset['theme'] = choice;
  else delete root.dataset['theme'];
}
