extension ReviewPage {
    /// The page's style sheet (`/app.css`).
    package static let style = #"""
    :root {
      --ink: #1f2328; --muted: #656d76; --rule: #d8dee4; --soft: #f6f8fa; --select: #ddf4ff; --select-edge: #0969da;
      --untranslated: #fde8e8; --added: #e6f6ea; --furniture: #f3f4f6; --diverges: #fff7db;
      --error: #cf222e; --warning: #9a6700; --info: #0969da; --confirmed: #0969da;
    }
    * { box-sizing: border-box; }
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; color: var(--ink); background: #fff;
           font: 14px/1.45 "DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
    button, select, input { font: inherit; font-size: 13px; }
    button { border: 1px solid var(--rule); background: var(--soft); border-radius: 5px; padding: 2px 8px; cursor: pointer; }
    button:hover:not(:disabled) { border-color: var(--select-edge); }
    button:disabled { color: #aab; cursor: default; }
    #toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; padding: 6px 12px;
               border-bottom: 1px solid var(--rule); background: var(--soft); }
    #toolbar h1 { font-size: 16px; margin: 0; }
    .files { color: var(--muted); font-size: 12px; }
    .group { display: inline-flex; gap: 4px; }
    #search { width: 16em; }
    #status { font-size: 12px; color: var(--muted); margin-left: auto; }
    #status.error { color: var(--error); font-weight: bold; }
    .actionbar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; padding: 4px 12px; border-bottom: 1px solid var(--rule); }
    .actionbar .muted { margin-right: 8px; font-size: 12px; }
    .muted { color: var(--muted); }
    main { flex: 1; display: flex; min-height: 0; }
    #side { width: 340px; flex: none; display: flex; flex-direction: column; border-right: 1px solid var(--rule); min-height: 0; }
    #map { flex: none; padding: 6px; }
    #map svg { width: 100%; height: auto; display: block; cursor: crosshair; }
    #map svg line.bead.current { stroke: #000; stroke-width: 8; }
    #side h2 { font-size: 14px; margin: 4px 10px; }
    .count { font-weight: normal; color: var(--muted); }
    #divergences { flex: 1; overflow: auto; margin: 0; padding: 0 8px 8px 2.4em; font-size: 12px; }
    #divergences li { padding: 3px 0; border-bottom: 1px dashed var(--rule); cursor: pointer; }
    #divergences li:hover, #divergences li.current { background: var(--select); }
    #divergences li.dismissed { color: var(--muted); }
    #divergences li.dismissed .message { text-decoration: line-through; }
    #divergences .note { display: block; font-style: italic; }
    #divergences button { font-size: 11px; padding: 0 4px; margin-left: 4px; }
    .chip { display: inline-block; font-size: 11px; font-weight: bold; border-radius: 9px; padding: 0 6px; margin: 1px 2px 1px 0;
            border: 1px solid currentColor; white-space: nowrap; }
    .chip.sev-error { color: var(--error); background: #fff0f0; }
    .chip.sev-warning { color: var(--warning); background: #fff8e5; }
    .chip.sev-info { color: var(--info); background: #eef6ff; }
    #editor { flex: 1; display: flex; flex-direction: column; min-width: 0; }
    .columns, .row { display: grid; grid-template-columns: 8.5em 1fr 1fr; }
    .columns { font-weight: bold; background: var(--soft); border-bottom: 2px solid var(--rule); }
    .columns > div { padding: 4px 8px; }
    #rows { flex: 1; overflow-y: auto; position: relative; outline: none; }
    #spacer { width: 1px; }
    #layer { position: absolute; top: 0; left: 0; right: 0; }
    .row { position: absolute; left: 0; right: 0; border-bottom: 1px solid var(--rule); border-left: 4px solid transparent; }
    .row > div { padding: 5px 8px; min-width: 0; }
    .row .meta { font-size: 12px; color: var(--muted); }
    .row .meta .number { font-size: 14px; font-weight: bold; color: var(--ink); margin-right: 6px; }
    .row .meta .confidence.low { color: var(--error); font-weight: bold; }
    .row .meta .tick { color: var(--confirmed); font-weight: bold; }
    .row.selected { background: var(--select); border-left-color: var(--select-edge); }
    .row.confirmed { border-left-color: var(--confirmed); }
    .row.confirmed .meta { background: #eef6ff; }
    .row.untranslated .source, .row.untranslated .target { background: var(--untranslated); }
    .row.added .source, .row.added .target { background: var(--added); }
    .row.furniture { background: var(--furniture); color: var(--muted); }
    .row.diverges .meta { background: var(--diverges); }
    .row.match { box-shadow: inset 0 0 0 2px #bf8700; }
    .unit { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1px 3px; border-radius: 3px; cursor: pointer; }
    .unit + .unit { border-top: 1px dotted var(--rule); }
    .unit:hover { background: rgba(9, 105, 218, 0.06); }
    .unit.chosen { outline: 2px solid var(--select-edge); }
    .unit.edited .text { background: #fff8c5; }
    .unit .original { display: block; font-size: 12px; color: var(--muted); text-decoration: line-through; }
    .none { font-size: 12px; font-style: italic; color: var(--muted); }
    dialog { border: 1px solid var(--rule); border-radius: 8px; max-width: 820px; width: 90vw; }
    dialog h2 { font-size: 16px; margin: 0 0 8px; }
    dialog textarea { width: 100%; font: 14px/1.45 "DejaVu Sans", sans-serif; }
    dialog .buttons { margin-top: 10px; text-align: right; }
    dialog table th { text-align: left; padding-right: 16px; white-space: nowrap; }
    .original-text { white-space: pre-wrap; background: var(--soft); padding: 4px 8px; border-radius: 4px; max-height: 10em; overflow: auto; }

    """#
}
