/** Shown until the popup and sidebar features land: says plainly what works today. */
export function Placeholder({ title }: { title: string }) {
  return (
    <main style={{ font: '14px system-ui, sans-serif', padding: '12px', maxWidth: '22rem' }}>
      <h1 style={{ fontSize: '16px' }}>{title}</h1>
      <p>
        The follow-up checker runs from the command line for now: <code>npm run check -- draft.eml</code>. The
        in-mail checks arrive with the Gmail and Outlook integration.
      </p>
    </main>
  );
}
