package dev.parley.examples.report;

/** The inline style sheet and script of the HTML report. */
final class HtmlAssets {
  private HtmlAssets() {}

  static final String CSS =
      """
      :root { --ink:#1d2330; --muted:#5b6577; --line:#d9dee7; --bg:#f6f7fa; --card:#fff;
        --acc:#1f6f43; --acc-bg:#d8f0df; --part-bg:#e8f5cf; --part:#4d6b12;
        --open-bg:#fff0c2; --open:#7a5600; --ctr-bg:#e1dcfa; --ctr:#4b3a9c;
        --rej-bg:#f9d2d2; --rej:#9b1c1c; --na-bg:#eef0f3; --na:#5b6577;
        --con-bg:#ffd9b3; --con:#8a4500; }
      * { box-sizing:border-box; }
      body { margin:0; font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
        color:var(--ink); background:var(--bg); }
      header { background:#18213a; color:#fff; padding:20px 28px 0; }
      header h1 { margin:0 0 4px; font-size:1.5em; font-weight:650; }
      header .sub { margin:0 0 14px; color:#c9d1e4; }
      header .sub strong { color:#fff; }
      nav { display:flex; gap:4px; flex-wrap:wrap; }
      nav a { color:#dfe6f7; text-decoration:none; padding:7px 12px; border-radius:6px 6px 0 0; }
      nav a:hover, nav a:focus { background:var(--bg); color:var(--ink); }
      main { padding:8px 28px 28px; max-width:1500px; }
      section { background:var(--card); border:1px solid var(--line); border-radius:10px;
        padding:4px 20px 18px; margin:18px 0; }
      h2 { font-size:1.2em; margin:16px 0 6px; }
      code { font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; color:var(--muted); }
      .hint { color:var(--muted); margin:4px 0 10px; }
      .from { color:var(--muted); font-weight:normal; font-size:.9em; }
      .legend { list-style:none; padding:0; margin:0 0 12px; display:flex; flex-wrap:wrap; gap:6px 16px; }
      .legend li { display:flex; align-items:center; gap:6px; font-size:.9em; }
      .sw { display:inline-flex; width:22px; height:22px; border-radius:5px; align-items:center;
        justify-content:center; font-weight:700; border:1px solid rgba(0,0,0,.08); }
      .matrix-layout { display:grid; grid-template-columns:minmax(0,1fr) 340px; gap:18px; align-items:start; }
      .matrix-wrap { overflow-x:auto; }
      table.matrix { border-collapse:separate; border-spacing:3px; width:100%; }
      .matrix thead th { text-align:left; font-size:.85em; color:var(--muted); font-weight:600;
        padding:4px 8px; border-bottom:2px solid var(--line); }
      .matrix tr.group th { text-align:left; padding:14px 6px 4px; font-size:1em; border-bottom:1px solid var(--line); }
      .matrix tr.group .from { display:block; }
      .matrix th.item { text-align:left; font-weight:500; padding:6px 8px; min-width:220px; max-width:360px; }
      .matrix th.item code { display:inline-block; }
      .matrix tr.met th.item .text { color:var(--muted); }
      button.term-evidence { font:inherit; font-size:.75em; color:var(--muted); background:none;
        border:1px solid var(--line); border-radius:10px; padding:0 7px; cursor:pointer; }
      button.term-evidence:hover, button.term-evidence:focus { border-color:var(--ink); color:var(--ink); }
      td.state { font-size:.8em; font-weight:650; text-transform:uppercase; letter-spacing:.03em;
        padding:6px 8px; white-space:nowrap; }
      .st-unmet { color:var(--rej); } .st-partly-met { color:var(--open); } .st-met { color:var(--acc); }
      .st-open { color:var(--open); } .st-taken-up { color:var(--acc); } .st-declined { color:var(--rej); }
      .st-withdrawn { color:var(--muted); }
      td.cell { position:relative; padding:7px 9px; border-radius:6px; min-width:130px;
        font-size:.88em; vertical-align:top; cursor:pointer; outline:none;
        -webkit-print-color-adjust:exact; print-color-adjust:exact; }
      td.cell .mark { font-weight:800; margin-right:2px; }
      td.cell .date { display:block; font-size:.8em; opacity:.75; }
      td.cell:focus-visible, td.cell.selected { box-shadow:0 0 0 3px #18213a; }
      td.cell:hover { filter:brightness(.96); }
      .r-accepted { background:var(--acc-bg); color:var(--acc); }
      .r-partly-accepted { background:var(--part-bg); color:var(--part); }
      .r-open-to-discuss { background:var(--open-bg); color:var(--open); }
      .r-countered { background:var(--ctr-bg); color:var(--ctr); }
      .r-rejected { background:var(--rej-bg); color:var(--rej); }
      .r-not-addressed { background:repeating-linear-gradient(135deg,var(--na-bg) 0 7px,#f7f8fa 7px 14px);
        color:var(--na); }
      .r-contested { background:repeating-linear-gradient(135deg,var(--con-bg) 0 7px,#ffe9d2 7px 14px);
        color:var(--con); }
      .r-none { background:transparent; cursor:default; }
      td.r-none { border:1px dashed var(--line); }
      .tip { display:none; position:absolute; z-index:5; left:0; top:100%; margin-top:6px; width:300px;
        background:#18213a; color:#fff; padding:10px 12px; border-radius:8px; font-size:.92em;
        box-shadow:0 6px 20px rgba(0,0,0,.25); cursor:auto; }
      .tip q { display:block; margin-bottom:6px; }
      .tip .cite, .tip .more { display:block; font-size:.85em; color:#c9d1e4; }
      td.cell:hover .tip, td.cell:focus .tip { display:block; }
      aside.evidence { position:sticky; top:12px; background:var(--bg); border:1px solid var(--line);
        border-radius:10px; padding:4px 16px 12px; max-height:calc(100vh - 24px); overflow:auto; }
      aside h3 { margin:12px 0 6px; font-size:1em; }
      .ev h4 { margin:8px 0 4px; font-size:.98em; }
      .ev .details { margin:0 0 8px; color:var(--muted); font-size:.9em; }
      blockquote.quote { margin:8px 0; padding:8px 12px; border-left:4px solid #8fa0c3;
        background:#fff; border-radius:0 6px 6px 0; }
      blockquote.quote p { margin:0 0 4px; }
      blockquote.quote p::before { content:"“"; } blockquote.quote p::after { content:"”"; }
      blockquote.quote footer { font-size:.82em; color:var(--muted); }
      a.src { color:#2b4fa3; }
      .evstore { display:none; }
      ol.timeline { list-style:none; padding:0 0 0 8px; margin:8px 0; border-left:3px solid var(--line); }
      li.tl { position:relative; padding:4px 0 14px 22px; }
      li.tl::before { content:""; position:absolute; left:-10px; top:8px; width:14px; height:14px;
        border-radius:50%; background:var(--dot); border:3px solid var(--card); }
      li.tl time { font-weight:700; font-variant-numeric:tabular-nums; }
      li.tl h3 { margin:2px 0; font-size:1.02em; }
      li.tl .who { color:var(--dot); font-weight:650; }
      li.tl .kind, .badge { font-size:.75em; border:1px solid var(--line); border-radius:10px;
        padding:0 7px; color:var(--muted); }
      li.tl .summary { margin:2px 0 4px; color:var(--muted); }
      .p0 { --dot:#b3261e; } .p1 { --dot:#1d5fb8; } .p2 { --dot:#137a5a; }
      .p3 { --dot:#8a4fbf; } .p4 { --dot:#b06d00; } .p5 { --dot:#4a5568; }
      .pkg { border:1px solid var(--line); border-left:6px solid var(--acc); border-radius:8px;
        padding:8px 14px; margin:8px 0; }
      .pkg.unmet { border-left-color:var(--rej); }
      .pkg .verdict { font-weight:700; }
      .pkg.unmet .verdict { color:var(--rej); } .pkg.met .verdict { color:var(--acc); }
      .members { margin:6px 0 0; font-size:.92em; }
      .members > span:first-child { color:var(--muted); margin-right:4px; }
      .chip { display:inline-block; margin:2px 2px; padding:1px 8px; border-radius:10px; }
      .blocking .chip { background:var(--rej-bg); color:var(--rej); }
      .metm .chip { background:var(--acc-bg); color:var(--acc); }
      .sel { border-top:1px solid var(--line); padding:4px 0 8px; }
      ul.sources { padding-left:18px; } ul.sources li { margin:3px 0; }
      :target { scroll-margin-top:12px; }
      li:target, .pkg:target { background:#fff8d6; }
      footer { color:var(--muted); font-size:.85em; padding:0 28px 24px; }
      @media (max-width:980px) { .matrix-layout { grid-template-columns:1fr; } aside.evidence { position:static; } }
      @media print {
        body { background:#fff; font-size:10pt; }
        header { background:#fff; color:#000; padding:0; }
        header .sub, header .sub strong { color:#000; }
        nav, aside.evidence, .tip, .hint, button.term-evidence { display:none !important; }
        main { padding:0; max-width:none; }
        section { border:none; padding:0; margin:10pt 0; break-inside:auto; }
        .matrix-layout { display:block; }
        .matrix-wrap { overflow:visible; }
        table.matrix { border-spacing:2px; }
        tr { break-inside:avoid; }
        td.cell { min-width:0; }
        .evstore { display:block; }
        .ev { break-inside:avoid; border-top:1px solid #ccc; }
        a.src { color:#000; text-decoration:none; }
        li.tl, .pkg, .sel { break-inside:avoid; }
      }
      """;

  static final String SCRIPT =
      """
      (function () {
        'use strict';
        var selected = null;
        function show(trigger, updateAddress) {
          var block = document.getElementById(trigger.getAttribute('data-ev'));
          var layout = trigger.closest('.matrix-layout');
          var panel = layout && layout.querySelector('.evidence-body');
          if (!block || !panel) { return; }
          panel.innerHTML = '';
          panel.appendChild(block.cloneNode(true)).removeAttribute('id');
          panel.setAttribute('data-shown', trigger.id || trigger.getAttribute('data-ev'));
          if (selected) { selected.classList.remove('selected'); }
          selected = trigger;
          trigger.classList.add('selected');
          if (updateAddress && trigger.id && history.replaceState) {
            history.replaceState(null, '', '#' + trigger.id);
          }
        }
        var TRIGGER = 'td.cell[data-ev], button.term-evidence[data-ev]';
        var triggers = document.querySelectorAll(TRIGGER);
        Array.prototype.forEach.call(triggers, function (t) {
          t.addEventListener('click', function () { show(t, true); });
          t.addEventListener('keydown', function (e) {
            if (t.tagName === 'TD' && (e.key === 'Enter' || e.key === ' ')) {
              e.preventDefault();
              show(t, true);
            }
          });
        });
        function fromAddress() {
          var id = decodeURIComponent(location.hash.replace(/^#/, ''));
          var target = id && document.getElementById(id);
          if (target && target.matches(TRIGGER)) {
            target.click();
            target.focus({ preventScroll: true });
            target.scrollIntoView({ block: 'center' });
          }
        }
        window.addEventListener('hashchange', fromAddress);
        fromAddress();
        document.documentElement.setAttribute('data-ready', 'true');
      })();
      """;
}
