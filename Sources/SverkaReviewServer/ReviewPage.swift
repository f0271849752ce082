/// The editor's page, served at `/` with its script (`/app.js`) and style sheet (`/app.css`).
///
/// The three files are Swift strings compiled into the `sverka` binary rather than package
/// resources: a resource bundle is looked up beside the executable at run time, so a `sverka`
/// copied elsewhere (an install) would lose its editor; strings travel with the binary. The page
/// holds no data and no inline script or style (the server's Content-Security-Policy forbids
/// both): the script reads the token from the page's URL, fetches the state from `/api/state`,
/// and writes every text from the input with `textContent`, never as markup.
package enum ReviewPage {
    /// The page.
    package static let html = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>Sverka review</title>
    <link rel="stylesheet" href="/app.css">
    <script src="/app.js" defer></script>
    </head>
    <body>
    <header id="toolbar">
      <h1>Sverka review</h1>
      <span id="files" class="files"></span>
      <label class="level">Level <select id="level" title="Switch between paragraph and sentence beads (l)"></select></label>
      <input id="search" type="search" placeholder="Search both texts (/)" aria-label="Search both texts">
      <span id="search-count" class="muted"></span>
      <span class="group">
        <button id="undo" title="Undo (z, Ctrl+Z)">Undo</button>
        <button id="redo" title="Redo (y, Ctrl+Y)">Redo</button>
        <button id="realign" title="Align again, confirmed beads kept (r)">Re-align</button>
      </span>
      <span class="group">
        <select id="export-format" aria-label="Export format">
          <option value="tmx">TMX</option><option value="tsv">TSV</option><option value="json">JSON</option>
          <option value="xliff">XLIFF 1.2</option><option value="xliff2">XLIFF 2.1</option><option value="html">HTML</option>
          <option value="pairs">pairs</option><option value="report">report</option><option value="xlsx">XLSX</option>
        </select>
        <button id="export" title="Download the corrected alignment (x)">Export</button>
      </span>
      <button id="help-button" title="Keyboard shortcuts (?)">?</button>
      <span id="status" role="status" aria-live="polite"></span>
    </header>
    <div id="actions" class="actionbar" aria-label="Actions on the selected bead">
      <span id="selected-label" class="muted">No bead selected</span>
      <button data-act="merge-previous" title="Merge with the previous bead (Shift+M)">Merge ↑</button>
      <button data-act="merge-next" title="Merge with the next bead (m)">Merge ↓</button>
      <button data-act="split" title="Break the bead before the selected unit(s) (s)">Split</button>
      <button data-act="first-source" title="Move the first original unit to the previous bead ([)">Orig. first ↑</button>
      <button data-act="last-source" title="Move the last original unit to the next bead (])">Orig. last ↓</button>
      <button data-act="first-target" title="Move the first translation unit to the previous bead ({)">Transl. first ↑</button>
      <button data-act="last-target" title="Move the last translation unit to the next bead (})">Transl. last ↓</button>
      <button data-act="boundary-source-minus" title="Boundary after this bead one original unit earlier (,)">Orig. boundary −</button>
      <button data-act="boundary-source-plus" title="Boundary after this bead one original unit later (.)">Orig. boundary +</button>
      <button data-act="boundary-target-minus" title="Boundary after this bead one translation unit earlier (&lt;)">Transl. boundary −</button>
      <button data-act="boundary-target-plus" title="Boundary after this bead one translation unit later (&gt;)">Transl. boundary +</button>
      <button data-act="confirm" title="Confirm or unconfirm the bead (c)">Confirm</button>
      <button data-act="edit" title="Edit the selected unit (e)">Edit</button>
      <button data-act="dismiss" title="Dismiss the bead's first divergence with a note (d)">Dismiss</button>
    </div>
    <main>
      <aside id="side">
        <div id="map" aria-label="Alignment map: click to jump"></div>
        <h2>Divergences <span id="divergence-count" class="count"></span></h2>
        <ol id="divergences"></ol>
      </aside>
      <section id="editor" aria-label="The two texts, bead by bead">
        <div id="columns" class="columns">
          <div class="meta">Bead</div>
          <div id="source-heading">Original</div>
          <div id="target-heading">Translation</div>
        </div>
        <div id="rows" tabindex="0">
          <div id="spacer"></div>
          <div id="layer"></div>
        </div>
      </section>
    </main>
    <dialog id="edit-dialog" aria-labelledby="edit-title">
      <h2 id="edit-title">Edit unit</h2>
      <p class="muted" id="edit-where"></p>
      <textarea id="edit-text" rows="8" cols="80"></textarea>
      <p class="original-label muted">Original text (kept; saving it restores the unit):</p>
      <div id="edit-original" class="original-text"></div>
      <div class="buttons"><button id="edit-save">Save (Ctrl+Enter)</button> <button id="edit-cancel">Cancel (Esc)</button></div>
    </dialog>
    <dialog id="dismiss-dialog" aria-labelledby="dismiss-title">
      <h2 id="dismiss-title">Dismiss divergence</h2>
      <p id="dismiss-what"></p>
      <label>Note <input id="dismiss-note" type="text" size="60"></label>
      <div class="buttons"><button id="dismiss-save">Dismiss</button> <button id="dismiss-cancel">Cancel</button></div>
    </dialog>
    <dialog id="help" aria-labelledby="help-title">
      <h2 id="help-title">Keyboard</h2>
      <table>
        <tr><th>↓ ↑ or j k</th><td>next, previous bead</td></tr>
        <tr><th>click a unit</th><td>select it (one per side: where Split breaks, what Edit edits)</td></tr>
        <tr><th>m, Shift+M</th><td>merge with the next, previous bead</td></tr>
        <tr><th>s</th><td>split before the selected unit(s)</td></tr>
        <tr><th>[ ]  { }</th><td>first original unit to the previous bead, last to the next; the same for the translation</td></tr>
        <tr><th>, .  &lt; &gt;</th><td>move the boundary after the bead by one original unit, one translation unit</td></tr>
        <tr><th>c</th><td>confirm (or unconfirm) the bead</td></tr>
        <tr><th>e, Enter</th><td>edit the selected unit</td></tr>
        <tr><th>d</th><td>dismiss the bead's first divergence</td></tr>
        <tr><th>z, y</th><td>undo, redo</td></tr>
        <tr><th>/ then Enter, n, Shift+N</th><td>search; next, previous match</td></tr>
        <tr><th>r, l, x</th><td>re-align, switch level, export</td></tr>
        <tr><th>g, Shift+G</th><td>first, last bead</td></tr>
      </table>
      <div class="buttons"><button id="help-close">Close</button></div>
    </dialog>
    </body>
    </html>

    """#
}
