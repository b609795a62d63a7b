using Cosyn.Families.Screens;
using Cosyn.Hosting;
using Cosyn.Rendering.Targets;

namespace Cosyn.Tests.Families.Screens;

/// <summary>screen-html samples render through the production renderer, and OCR reads the strings the QA asks about.</summary>
public sealed class ScreenRenderTests
{
    [Fact]
    public async Task EveryKind_Renders_AndOcrFindsItsVisibleStrings()
    {
        await using var renderers = CosynDefaults.CreateRenderers(1);
        var problems = new List<string>();
        foreach (var kind in ScreenKinds.All)
        {
            foreach (var seed in new[] { 11 })
            {
                var sample = ScreenSamples.Make("screen-html", seed, kind);
                var result = await renderers.Get(ToolNames.Html).RenderAsync(new RenderRequest(ToolNames.Html, sample.Code, new RenderOptions()), CancellationToken.None);
                Assert.True(result.Succeeded, result.Failure?.ToString());
                Assert.Null(result.Targets);
                var (width, height) = PngSize.Read(result.Png!);
                Assert.True(width >= 1200 && height >= 400, $"{kind} {seed}: {width}x{height}");
                var text = Normalize(await Ocr.ReadAsync(result.Png!));
                var expected = Expected(sample.Data.Text);
                var found = expected.Count(e => text.Contains(Normalize(e), StringComparison.Ordinal));
                if (found < expected.Count * 0.75)
                {
                    problems.Add($"{kind} seed {seed}: OCR found {found} of {expected.Count}: missing {string.Join(" | ", expected.Where(e => !text.Contains(Normalize(e), StringComparison.Ordinal)))}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Strings the screen must show, read from the data JSON: labels, names, values and subjects.</summary>
    private static List<string> Expected(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        static string S(JsonElement e, string name) => e.GetProperty(name).GetString()!;
        IEnumerable<JsonElement> Arr(string name) => root.GetProperty(name).EnumerateArray();
        string Money(decimal v) => v.ToString("N2", CultureInfo.InvariantCulture);
        return S(root, "screen") switch
        {
            "settings page" => [.. Arr("sections").Select(s => S(s, "name")), .. Arr("sections").SelectMany(s => s.GetProperty("items").EnumerateArray()).Select(i => S(i, "label"))],
            "dashboard" => [.. Arr("kpis").Select(k => S(k, "name")), .. Arr("kpis").Select(k => k.GetProperty("value").GetDecimal().ToString("N" + k.GetProperty("decimals").GetInt32(), CultureInfo.InvariantCulture))],
            "checkout form" => [.. Arr("items").Select(i => S(i, "name")), Money(root.GetProperty("total").GetDecimal()), Money(root.GetProperty("subtotal").GetDecimal()), S(root.GetProperty("customer"), "email")],
            "chat app" => [.. Arr("messages").Select(m => S(m, "text")), .. Arr("messages").Select(m => S(m, "time"))],
            _ => [.. Arr("emails").Select(e => S(e, "sender")), .. Arr("emails").Select(e => S(e, "subject"))],
        };
    }

    private static string Normalize(string text) => Regex.Replace(text.ToLowerInvariant().Replace('’', '\''), @"\s+", " ");
}
