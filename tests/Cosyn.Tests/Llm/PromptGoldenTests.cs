using System.Text;
using Cosyn.Catalog;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Llm;
using Cosyn.Synthesis.Llm.Prompting;

namespace Cosyn.Tests.Llm;

/// <summary>
/// The exact messages of each stage, checked in under <c>Golden/prompts/</c> (COSYN_UPDATE_GOLDEN=1 rewrites them).
/// Earlier stages' replies are fixed strings here, so the files change only when the prompts do.
/// </summary>
public sealed class PromptGoldenTests
{
    private static readonly Dictionary<string, (string Topic, string Data, string Code)> Context = new(StringComparer.Ordinal)
    {
        ["chart-matplotlib"] = ("Weekly ferry riders on the Halifax-Dartmouth route", "Day,Riders (thousands)\nMon,12.4\nTue,11.8\nWed,13.1", "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.bar(['Mon', 'Tue', 'Wed'], [12.4, 11.8, 13.1])\nplt.savefig('figure.png')"),
        ["diagram-mermaid"] = ("Library book-return process", "{\"nodes\": [{\"id\": \"a\", \"label\": \"Return desk\"}, {\"id\": \"b\", \"label\": \"Shelf\"}], \"edges\": [{\"from\": \"a\", \"to\": \"b\"}]}", "flowchart TD\n  a[Return desk] --> b[Shelf]"),
        ["chemical-rdkit"] = ("Caffeine in a barista's morning espresso", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C", "from rdkit import Chem\nmol = Chem.MolFromSmiles('CN1C=NC2=C1C(=O)N(C(=O)N2C)C')"),
        ["table-latex"] = ("Tide-clock restoration hours per workshop", "{\"title\": \"Restoration hours\", \"row_header\": \"Workshop\", \"columns\": [{\"name\": \"Hours\", \"unit\": \"h\", \"decimals\": 1}], \"rows\": [{\"name\": \"Dartmouth\", \"cells\": [12.5]}]}", "\\documentclass{article}\n\\begin{document}\n\\begin{tabular}{lr}Dartmouth & 12.5\\end{tabular}\n\\end{document}"),
        ["circuit-latex"] = ("Bilge-pump float switch circuit", "{\"title\": \"Bilge pump\", \"source\": {\"kind\": \"battery\", \"value\": 12, \"unit\": \"V\"}, \"components\": [{\"id\": \"R1\", \"kind\": \"resistor\", \"value\": 220, \"unit\": \"ohm\"}], \"topology\": \"series\"}", "\\documentclass{standalone}\n\\usepackage{circuitikz}\n\\begin{document}\n\\begin{circuitikz}\\draw (0,0) to[R] (2,0);\\end{circuitikz}\n\\end{document}"),
        ["graphic-asymptote"] = ("Triangular gusset plate on a ferry ramp", "{\"question\": \"Triangle ABC has AB = 3 and BC = 4 with a right angle at B. Find AC.\", \"solution\": \"AC = sqrt(9 + 16) = 5.\"}", "size(200);\npair A = (0, 3), B = (0, 0), C = (4, 0);\ndraw(A--B--C--cycle);"),
        ["music-lilypond"] = ("Sea shanty for the harbour choir", "{\"title\": \"Harbour Song\", \"composer\": \"Trad.\", \"key\": \"g \\\\major\", \"time\": \"4/4\", \"tempo\": \"4 = 96\", \"clef\": \"treble\", \"measures\": [[\"g'4\", \"a'4\", \"b'4\", \"c''4\"]]}", "\\version \"2.24.0\"\n{ g'4 a'4 b'4 c''4 }"),
        ["point-html"] = ("Harbour ferry pass purchase screen", "{\"app\": \"Harbour Ferry Pass\", \"trips\": [{\"route\": \"Halifax to Dartmouth\", \"fare\": 2.75}], \"buttons\": [\"Cancel\", \"Buy pass\"]}", "<!DOCTYPE html>\n<html lang=\"en\">\n<body>\n<h1 data-point-target=\"title\">Harbour Ferry Pass</h1>\n<div data-point-target=\"trip-0\">Halifax to Dartmouth $2.75</div>\n<button data-point-target=\"cancel\">Cancel</button><button data-point-target=\"buy\">Buy pass</button>\n</body>\n</html>"),
        ["math-latex"] = ("Area of a trapezoidal garden bed", "{\"question\": \"A trapezoid has parallel sides 4 m and 6 m and height 3 m. Find its area.\", \"solution\": \"(4 + 6) / 2 * 3 = 15, so 15 square metres.\"}", "\\documentclass{article}\n\\begin{document}\nFind the area.\n\\end{document}"),
    };

    public static TheoryData<string, string, long> Cases()
    {
        var cases = new TheoryData<string, string, long>();
        foreach (var stage in new[] { "topic", "data", "code", "repair", "qa" })
        {
            cases.Add("chart-matplotlib", stage, 0);
            cases.Add("chart-matplotlib", stage, 1);
            cases.Add("diagram-mermaid", stage, 0);
        }

        cases.Add("chemical-rdkit", "topic", 2);
        cases.Add("chemical-rdkit", "data", 2);
        cases.Add("chemical-rdkit", "code", 2);
        cases.Add("math-latex", "data", 3);
        cases.Add("math-latex", "qa", 3);
        foreach (var stage in new[] { "topic", "code", "qa" })
        {
            cases.Add("point-html", stage, 5);
        }

        return cases;
    }

    /// <summary>Figure types whose own instructions (figures.json) or tool rules (fonts, quoting, point names) the prompts carry.</summary>
    public static TheoryData<string, string, string> FigureCases() => new()
    {
        { "chart-matplotlib", "pie", "code" },
        { "chart-matplotlib", "histogram", "data" },
        { "chart-matplotlib", "histogram", "topic" },
        { "diagram-mermaid", "gantt", "code" },
        { "diagram-mermaid", "sequence", "code" },
        { "table-latex", "totals table", "topic" },
        { "table-latex", "totals table", "code" },
        { "circuit-latex", "rc circuit", "code" },
        { "graphic-asymptote", "triangle", "code" },
        { "music-lilypond", "melody with lyrics", "code" },
        { "music-lilypond", "melody with lyrics", "data" },
        { "point-html", "document with targets", "data" },
        { "point-html", "form with targets", "data" },
        { "point-html", "screen with targets", "code" },
    };

    [Theory]
    [MemberData(nameof(FigureCases))]
    public void FigureType_Messages_MatchGolden(string pipeline, string figureType, string stage)
    {
        var prompt = Build(pipeline, stage, 0, figureType);

        GoldenFile.AssertMatches("prompts", $"{pipeline}-{figureType.Replace(' ', '-')}-{stage}.txt", Format(prompt));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Stage_Messages_MatchGolden(string pipeline, string stage, long seed)
    {
        var prompt = Build(pipeline, stage, seed);

        GoldenFile.AssertMatches("prompts", $"{pipeline}-{stage}-s{seed}.txt", Format(prompt));
    }

    [Fact]
    public void Code_DifferentSeeds_AskForDifferentStyles()
    {
        var styles = Enumerable.Range(0, 40).Select(seed => Build("chart-matplotlib", "code", seed).Messages[1].Text.Split('\n').Single(l => l.StartsWith("Styling", StringComparison.Ordinal))).Distinct().Count();

        Assert.True(styles >= 30, $"only {styles} distinct styles in 40 seeds");
    }

    internal static StagePrompt Build(string pipeline, string stage, long seed, string? routedFigureType = null)
    {
        var ticket = Ticket(pipeline, seed, figureType: routedFigureType);
        var figureType = FigureTypeChoice.Choose(ticket);
        var (topic, data, code) = Context[pipeline];
        var builder = StagePromptBuilder.Default;
        return stage switch
        {
            "topic" => builder.Topic(ticket, figureType),
            "data" => builder.Data(ticket, figureType, topic),
            "code" => builder.Code(ticket, figureType, topic, data),
            "repair" => builder.Repair(ticket, figureType, topic, code, new RenderFailure(ticket.Pipeline.Tool, RenderFailureKind.Runtime, "NameError: name 'colours' is not defined (line 3)", "Traceback (most recent call last):\n  File \"figure.py\", line 3, in <module>\nNameError: name 'colours' is not defined")),
            "qa" => builder.Qa(ticket, figureType, topic, data, code),
            _ => throw new ArgumentOutOfRangeException(nameof(stage)),
        };
    }

    internal static SampleTicket Ticket(string pipeline, long seed, string? query = null, string? figureType = null) =>
        new(seed, $"{pipeline}-s{seed}", PipelineCatalog.Find(pipeline)!, new Persona(seed, "A ferry engineer in Halifax who restores old tide clocks."), seed * 7919, query, figureType);

    internal static string Format(StagePrompt prompt)
    {
        var text = new StringBuilder().AppendLine($"# reply: {prompt.Reply}; schema: {prompt.SchemaName ?? "none"}; json: {prompt.JsonReply}");
        foreach (var message in prompt.Messages)
        {
            text.AppendLine().AppendLine($"=== {message.Role.Value} ===").AppendLine(message.Text);
        }

        return text.ToString();
    }
}
