using System.Security.Cryptography;
using System.Text;

namespace Cosyn.Output.Report;

/// <summary>The report's fixed parts: style, the one filtering script (no sample text in it), and a CSP that allows only that script.</summary>
public static class ReportPage
{
    public const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1d2330;background:#f6f7f9}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d5d9e0;padding-bottom:4px}
        table{border-collapse:collapse;background:#fff;margin:6px 0 12px}td,th{border:1px solid #d5d9e0;padding:3px 8px;text-align:left;vertical-align:top}
        th{background:#eef1f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
        .charts{display:flex;flex-wrap:wrap;gap:16px}.chart{background:#fff;border:1px solid #d5d9e0;padding:8px;margin:0}
        figcaption{font-weight:600;margin-bottom:4px}svg text{font-size:11px;fill:#333}.bar{fill:#3a6ea5}.bar2{fill:#c8553d}
        .filters{position:sticky;top:0;background:#f6f7f9;padding:8px 0;z-index:1}.filters label{margin-right:14px}
        .gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:14px}
        .card{background:#fff;border:1px solid #d5d9e0;border-radius:6px;padding:10px;overflow:hidden}
        .card.rejected{border-color:#c8553d;background:#fff7f5}.card img{max-width:100%;height:auto;display:block;margin:6px 0;border:1px solid #eee}
        .meta{color:#5a6373;font-size:12px}.tag{display:inline-block;background:#eef1f5;border-radius:3px;padding:0 5px;margin-right:4px}
        .qa{margin:6px 0;padding-left:20px}.qa li{margin-bottom:6px}.q{white-space:pre-wrap}.a{font-weight:600}
        pre{white-space:pre-wrap;word-break:break-word;background:#f3f4f6;padding:6px;max-height:320px;overflow:auto;font-size:12px}
        details summary{cursor:pointer;color:#3a6ea5}.note{color:#5a6373}
        """;

    /// <summary>Reads the filter selects and hides the cards that do not match; card values come from data attributes only.</summary>
    public const string Script = """
        (function () {
          var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
          var cards = Array.prototype.slice.call(document.querySelectorAll('.card'));
          var counter = document.getElementById('shown');
          function apply() {
            var shown = 0;
            cards.forEach(function (card) {
              var match = selects.every(function (s) { return s.value === '' || card.getAttribute('data-' + s.getAttribute('data-filter')) === s.value; });
              card.hidden = !match;
              if (match) { shown++; }
            });
            counter.textContent = String(shown);
          }
          selects.forEach(function (s) { s.addEventListener('change', apply); });
          apply();
        })();
        """;

    /// <summary>
    /// Only the script above may run (by hash): even if some sample text escaped the encoder, an injected script or
    /// handler would be blocked. No connections, frames or remote fonts: the page is offline by construction.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)))}'; base-uri 'none'; form-action 'none'";
}
