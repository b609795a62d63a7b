using Cosyn.Rendering.Targets;

namespace Cosyn.Tests.Llm.Pointing;

/// <summary>Scripted model replies for point-html: a marked page (and a first draft that reuses a mark) and pointing questions, some unusable.</summary>
internal static class PointReplies
{
    public const string Topics = "{\"topics\": [\"Harbour ferry pass purchase screen\"]}";

    public const string Data = "```json\n{\"app\": \"Harbour Ferry Pass\", \"trips\": [{\"route\": \"Halifax to Dartmouth\", \"fare\": 2.75}, {\"route\": \"Dartmouth to Halifax\", \"fare\": 2.75}, {\"route\": \"Halifax to Woodside\", \"fare\": 3.5}], \"buttons\": [\"Cancel\", \"Buy pass\"]}\n```";

    /// <summary>The page's ids, in page order.</summary>
    public static readonly string[] Marks = ["title", "trip-0", "trip-1", "trip-2", "cancel", "buy"];

    /// <summary>The first draft: every trip row carries the same mark.</summary>
    public static string FirstPage => "```html\n" + Page("trip", "trip", "trip") + "\n```";

    /// <summary>The repaired page: a mark per row.</summary>
    public static string FixedPage => "Here is the corrected page:\n```html\n" + Page("trip-0", "trip-1", "trip-2") + "\n```";

    /// <summary>Eight questions: six answerable, one naming a mark the page never had, one asked twice.</summary>
    public static string Questions() => """
        ```json
        {"questions": [
          {"question": "Point to the Buy pass button.", "targets": ["buy"]},
          {"question": "Point to the Cancel button.", "targets": ["cancel"]},
          {"question": "Point to the most expensive trip.", "targets": ["trip-2"]},
          {"question": "Point to every trip that costs $2.75.", "targets": ["trip-0", "trip-1"]},
          {"question": "Point to the page title.", "targets": "title"},
          {"question": "Point to the trip from Dartmouth.", "targets": ["trip-1"]},
          {"question": "Point to the fare table.", "targets": ["fares"]},
          {"question": "Point to the Buy pass button", "targets": ["buy"]}
        ]}
        ```
        """;

    public static bool IsPointQuestions(IReadOnlyList<Microsoft.Extensions.AI.ChatMessage> messages) =>
        messages[0].Text.StartsWith("You write pointing questions", StringComparison.Ordinal);

    /// <summary>A fake render's targets: one 100 x 40 box per mark of the code, stacked down a 1000 x 800 image.</summary>
    public static RenderTargets Stacked(string code, params string[] hidden) =>
        new(1000, 800, [.. Regex.Matches(code, "data-point-target=\"([^\"]+)\"").Select((m, i) => new TargetBox(m.Groups[1].Value, 100, 20 + (i * 60), hidden.Contains(m.Groups[1].Value) ? 0 : 100, 40))
            .Where(b => b.Width > 0)]);

    private static string Page(string first, string second, string third) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8" />
        <title>Harbour Ferry Pass</title>
        <style>
          body { margin: 0; font-family: 'DejaVu Sans', sans-serif; background: #f3f4f6; color: #111827; }
          .app { width: 900px; margin: 24px; padding: 24px; background: #fff; border-radius: 8px; }
          h1 { font-size: 24px; margin: 0 0 16px; }
          .row { display: flex; justify-content: space-between; padding: 10px 12px; border-bottom: 1px solid #e5e7eb; }
          .actions { display: flex; gap: 12px; margin-top: 20px; }
          button { font-size: 16px; padding: 10px 18px; border-radius: 6px; border: 1px solid #9ca3af; background: #fff; }
          button.primary { background: #1d4ed8; color: #fff; border-color: #1d4ed8; }
        </style>
        </head>
        <body>
        <div class="app">
          <h1 data-point-target="title">Harbour Ferry Pass</h1>
          <div class="row" data-point-target="{{first}}"><span>Halifax to Dartmouth</span><span>$2.75</span></div>
          <div class="row" data-point-target="{{second}}"><span>Dartmouth to Halifax</span><span>$2.75</span></div>
          <div class="row" data-point-target="{{third}}"><span>Halifax to Woodside</span><span>$3.50</span></div>
          <div class="actions"><button data-point-target="cancel">Cancel</button><button class="primary" data-point-target="buy">Buy pass</button></div>
        </div>
        </body>
        </html>
        """;
}
