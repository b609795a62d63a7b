using System.Text.Json;

namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>All prompt data: stage templates, tool and pipeline fragments, data forms, style directions and reply schemas.</summary>
public sealed class PromptLibrary
{
    private static readonly string[] TemplateNames = ["topic.system", "topic.user", "data.system", "data.user", "code.system", "code.user", "repair.user", "qa.system", "qa.user", "correction.user"];

    private PromptLibrary()
    {
        Templates = TemplateNames
            .ToDictionary(name => name, name => PromptResources.ReadText(name + ".txt"), StringComparer.Ordinal);
        Tools = PromptResources.ReadJson<Dictionary<string, ToolPrompt>>("tools.json");
        Pipelines = PromptResources.ReadJson<Dictionary<string, PipelinePrompt>>("pipelines.json");
        Forms = PromptResources.ReadJson<Dictionary<string, DataFormPrompt>>("forms.json");
        Styles = PromptResources.ReadJson<StyleLexicon>("styles.json");
        TopicSchema = PromptResources.ReadSchema("topic.schema.json");
        QaSchema = PromptResources.ReadSchema("qa.schema.json");
        QuestionSolutionSchema = PromptResources.ReadSchema("question-solution.schema.json");
    }

    /// <summary>The embedded library, loaded once.</summary>
    public static PromptLibrary Default { get; } = new();

    /// <summary>Stage templates by name, e.g. <c>code.user</c>.</summary>
    public IReadOnlyDictionary<string, string> Templates { get; }

    public IReadOnlyDictionary<string, ToolPrompt> Tools { get; }

    public IReadOnlyDictionary<string, PipelinePrompt> Pipelines { get; }

    public IReadOnlyDictionary<string, DataFormPrompt> Forms { get; }

    public StyleLexicon Styles { get; }

    public JsonElement TopicSchema { get; }

    public JsonElement QaSchema { get; }

    public JsonElement QuestionSolutionSchema { get; }

    /// <summary>Whether the library has prompts for <paramref name="pipeline"/> and its tool.</summary>
    public bool Covers(string pipeline, string tool) => Pipelines.ContainsKey(pipeline) && Tools.ContainsKey(tool);
}
