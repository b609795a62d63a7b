using System.Text.Json;

namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>All prompt data: stage templates, tool and pipeline fragments, data forms, style directions and reply schemas.</summary>
public sealed class PromptLibrary
{
    private static readonly string[] TemplateNames = ["topic.system", "topic.user", "data.system", "data.user", "code.system", "code.user", "repair.user", "layout-repair.user", "qa.system", "qa.user", "correction.user", "verify.system", "verify.user", "point.system", "point.user", "answer-format"];

    private PromptLibrary()
    {
        Templates = TemplateNames
            .ToDictionary(name => name, name => PromptResources.ReadText(name + ".txt"), StringComparer.Ordinal);
        Tools = PromptResources.ReadJson<Dictionary<string, ToolPrompt>>("tools.json");
        Pipelines = PromptResources.ReadJson<Dictionary<string, PipelinePrompt>>("pipelines.json");
        Forms = PromptResources.ReadJson<Dictionary<string, DataFormPrompt>>("forms.json");
        Styles = PromptResources.ReadJson<StyleLexicon>("styles.json");
        Figures = PromptResources.ReadJson<Dictionary<string, Dictionary<string, FigureGuide>>>("figures.json");
        Fonts = PromptResources.ReadJson<InstalledFonts>("fonts.json");
        TopicSchema = PromptResources.ReadSchema("topic.schema.json");
        QaSchema = PromptResources.ReadSchema("qa.schema.json");
        QuestionSolutionSchema = PromptResources.ReadSchema("question-solution.schema.json");
        VerifySchema = PromptResources.ReadSchema("verify.schema.json");
        PointSchema = PromptResources.ReadSchema("point.schema.json");
    }

    /// <summary>The embedded library, loaded once.</summary>
    public static PromptLibrary Default { get; } = new();

    /// <summary>Stage templates by name, e.g. <c>code.user</c>.</summary>
    public IReadOnlyDictionary<string, string> Templates { get; }

    public IReadOnlyDictionary<string, ToolPrompt> Tools { get; }

    public IReadOnlyDictionary<string, PipelinePrompt> Pipelines { get; }

    public IReadOnlyDictionary<string, DataFormPrompt> Forms { get; }

    public StyleLexicon Styles { get; }

    /// <summary>Figure-type guides keyed by pipeline name or by subject (<c>chart</c>, <c>table</c>), then by figure type.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, FigureGuide>> Figures { get; }

    public InstalledFonts Fonts { get; }

    public JsonElement TopicSchema { get; }

    public JsonElement QaSchema { get; }

    public JsonElement QuestionSolutionSchema { get; }

    public JsonElement VerifySchema { get; }

    /// <summary>The pointing stage's reply: questions, each naming the marks that answer it.</summary>
    public JsonElement PointSchema { get; }

    /// <summary>The guide for <paramref name="figureType"/>: the pipeline's own entry, else its subject's, else an empty guide.</summary>
    public FigureGuide FigureGuideFor(string pipeline, string figureType)
    {
        var subject = Pipelines.TryGetValue(pipeline, out var prompt) ? prompt.Subject : null;
        foreach (var key in new[] { pipeline, subject })
        {
            if (key is not null && Figures.TryGetValue(key, out var guides) && guides.TryGetValue(figureType, out var guide))
            {
                return guide;
            }
        }

        return new FigureGuide();
    }

    /// <summary>Whether the library has prompts for <paramref name="pipeline"/> and its tool.</summary>
    public bool Covers(string pipeline, string tool) => Pipelines.ContainsKey(pipeline) && Tools.ContainsKey(tool);
}
