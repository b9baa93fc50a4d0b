/** The page shown once, when Afterview is installed: what it does, how notes find emails, and the privacy promise. */
export function WelcomePage({ notesUrl }: { notesUrl: string }) {
  return (
    <main class="av-welcome">
      <h1>Welcome to Afterview</h1>
      <p class="av-lead">
        Afterview helps with the emails you send after a job interview: the thank-you, the follow-up once their decision date has passed, an update or a withdrawal. It works inside Gmail and
        Outlook on the web, in three places.
      </p>

      <section aria-labelledby="parts">
        <h2 id="parts">Three parts</h2>
        <ol class="av-parts">
          <li>
            <h3>Notes, from the toolbar button</h3>
            <p>
              Right after an interview, click the Afterview button (or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd>) and note who you met, what you talked about and what you wish you
              had said. <a href={notesUrl}>All your notes</a> live on one page, with the next step for each company and when it is due.
            </p>
          </li>
          <li>
            <h3>Checks and templates, in the sidebar</h3>
            <p>
              Open the sidebar (<kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>Y</kbd>) while you write: it scores the email, says what to fix and why, and offers templates filled in from your notes,
              put in at the cursor.
            </p>
          </li>
          <li>
            <h3>A badge on every email you write</h3>
            <p>A small button beside each compose window shows the score as you type; click it to open the sidebar.</p>
          </li>
        </ol>
      </section>

      <section aria-labelledby="matching">
        <h2 id="matching">How your notes find your emails</h2>
        <p>
          An email is matched to a company by its recipients: the company's email domain (such as <code>example.com</code> for anyone <code>@example.com</code>) or the saved address of
          someone you met. Addresses at personal mail providers, such as Gmail or Outlook.com, only ever match that one person, never a company. Save a note from the toolbar while the email
          to them is open and both are saved for you; when nothing matches, the sidebar offers to link the email to a company in one click.
        </p>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">Nothing leaves your machine</h2>
        <p>
          Your notes and your drafts stay in this browser. Afterview has no server, sends no analytics and makes no request of its own; even the spelling dictionary comes with the extension.
          Export a backup file from the notes page whenever you like.
        </p>
      </section>

      <p>
        <a class="av-button" href={notesUrl}>
          Open my notes
        </a>
      </p>
    </main>
  );
}
