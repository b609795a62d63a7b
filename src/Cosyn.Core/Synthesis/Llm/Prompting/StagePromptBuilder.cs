using Cosyn.Rendering;
using Microsoft.Extensions.AI;

namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>
/// Builds each stage's messages from the prompt data. A pure function of its inputs and the sample seed, so the
/// same sample always sends the same request (which is what makes the response cache and resume work).
/// </summary>
public sealed class StagePromptBuilder(PromptLibrary library, int topicCount = 1)
{
    /// <summary>The builder over the embedded prompts.</summary>
    public static StagePromptBuilder Default { get; } = new(PromptLibrary.Default);

    public PromptLibrary Library => library;

    public StagePrompt Topic(SampleTicket ticket, string figureType)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var pipeline = PipelineOf(ticket);
        var values = Common(ticket, figureType);
        values["query_block"] = string.IsNullOrWhiteSpace(ticket.Query)
            ? string.Empty
            : $"\nThe user is collecting images like \"{ticket.Query.Trim()}\": let that steer the topics.\n";
        // One topic by default: the sample keeps one, and asking for five wasted four (issue 15).
        values["topic_request"] = topicCount <= 1 ? "Propose one topic" : $"Propose {topicCount.ToString(CultureInfo.InvariantCulture)} distinct topics";
        values["topic_guide"] = pipeline.TopicGuide is null ? string.Empty : pipeline.TopicGuide + " ";
        var figure = library.FigureGuideFor(ticket.Pipeline.Name, figureType);
        values["data_limits"] = figure.Data is null ? pipeline.DataGuide : $"{pipeline.DataGuide} For a {figureType}: {figure.Data}";
        return Build(LlmStage.Topic, "topic", values, "as JSON {\"topics\": [...]} only", library.TopicSchema, "topics");
    }

    public StagePrompt Data(SampleTicket ticket, string figureType, string topic)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var pipeline = PipelineOf(ticket);
        var formName = pipeline.DataFormFor(figureType);
        var form = library.Forms[formName];
        var values = Common(ticket, figureType);
        values["topic"] = topic;
        values["data_guide"] = pipeline.DataGuide;
        values["figure_data_guide"] = FigureLine(figureType, library.FigureGuideFor(ticket.Pipeline.Name, figureType).Data);
        values["data_form"] = form.Instructions;
        return formName switch
        {
            DataForms.QuestionSolution => Build(LlmStage.Data, "data", values, "as JSON {\"question\": ..., \"solution\": ...} only", library.QuestionSolutionSchema, "question_solution"),
            DataForms.Json => Build(LlmStage.Data, "data", values, "as one JSON object in a single ```json block", jsonReply: true),
            _ => Build(LlmStage.Data, "data", values, $"in a single ```{form.Fence} block"),
        };
    }

    public StagePrompt Code(SampleTicket ticket, string figureType, string topic, string data)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var values = CodeValues(ticket, figureType, topic);
        values["data"] = data.Trim();
        values["code_guide"] = PipelineOf(ticket).CodeGuide;
        values["figure_code_guide"] = FigureLine(figureType, library.FigureGuideFor(ticket.Pipeline.Name, figureType).Code);
        values["style_hint"] = ToolOf(ticket).StyleHint ?? library.Styles.Pick(SeededRandom.For(ticket.Seed, "llm-code-style"));
        return Build(LlmStage.Code, "code", values, $"as the complete code in a single ```{ToolOf(ticket).Fence} block");
    }

    /// <summary>The code stage's system message, then the failed code with the renderer's error.</summary>
    public StagePrompt Repair(SampleTicket ticket, string figureType, string topic, string code, RenderFailure failure)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(failure);
        var values = CodeValues(ticket, figureType, topic);
        values["code"] = code.TrimEnd();
        values["failure_kind"] = Engine.RenderFailureReasons.Key(failure.Kind);
        values["failure_message"] = failure.Message;
        values["log_excerpt"] = string.IsNullOrWhiteSpace(failure.LogExcerpt) ? "(no log output)" : failure.LogExcerpt.Trim();
        return CodeFix(ticket, "repair.user", values);
    }

    /// <summary>The code stage's system message, then code that rendered with the layout problems the checks measured (one per line).</summary>
    public StagePrompt LayoutRepair(SampleTicket ticket, string figureType, string topic, string code, IReadOnlyList<string> findings)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(findings);
        var values = CodeValues(ticket, figureType, topic);
        values["code"] = code.TrimEnd();
        values["findings"] = string.Join("\n", findings.Select(f => "- " + f));
        return CodeFix(ticket, "layout-repair.user", values);
    }

    private StagePrompt CodeFix(SampleTicket ticket, string template, Dictionary<string, string> values)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, PromptTemplate.Fill(library.Templates["code.system"], values)),
            new(ChatRole.User, PromptTemplate.Fill(library.Templates[template], values)),
        };
        return new StagePrompt(LlmStage.Repair, messages, $"as the complete corrected code in a single ```{ToolOf(ticket).Fence} block");
    }

    /// <summary>The QA stage's messages; for a pointing pipeline, <see cref="Points"/> over the marks <paramref name="code"/> declares (a run names the marks its render showed).</summary>
    public StagePrompt Qa(SampleTicket ticket, string figureType, string topic, string data, string code)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(code);
        if (Pointing.PointMarks.IsPointing(ticket.Pipeline))
        {
            return Points(ticket, figureType, topic, data, code, Pointing.PointMarks.Declared(code));
        }

        var pipeline = PipelineOf(ticket);
        var values = Common(ticket, figureType);
        values["topic"] = topic;
        values["data"] = data.Trim();
        values["code"] = code.TrimEnd();
        values["code_fence"] = ToolOf(ticket).Fence;
        values["subject"] = pipeline.Subject;
        values["unanswerable_answer"] = UnanswerableAnswer(pipeline);
        values["qa_guide"] = pipeline.QaGuide is null ? string.Empty : pipeline.QaGuide + "\n";
        values["answer_format"] = library.Templates["answer-format"];
        return Build(LlmStage.Qa, "qa", values, "as JSON {\"qa_pairs\": [...]} only, with the required mix of types", library.QaSchema, "qa_pairs");
    }

    /// <summary>The pointing questions of a rendered page: its code and the marks (<paramref name="targets"/>) a question may name; the points come from the render.</summary>
    public StagePrompt Points(SampleTicket ticket, string figureType, string topic, string data, string code, IReadOnlyList<string> targets)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(targets);
        var values = Common(ticket, figureType);
        values["topic"] = topic;
        values["data"] = data.Trim();
        values["code"] = code.TrimEnd();
        values["code_fence"] = ToolOf(ticket).Fence;
        values["subject"] = PipelineOf(ticket).Subject;
        values["targets"] = targets.Count == 0 ? "(none)" : string.Join(", ", targets);
        return Build(LlmStage.Qa, "point", values, "as JSON {\"questions\": [...]} only, each question with the ids of the marks that answer it", library.PointSchema, "questions");
    }

    /// <summary>The independent second answer to each question (<c>--verify</c>): the same code and data, numbered questions, never the first answers.</summary>
    public StagePrompt Verify(SampleTicket ticket, string figureType, string data, string code, IReadOnlyList<string> questions)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(questions);
        var pipeline = PipelineOf(ticket);
        var values = Common(ticket, figureType);
        values["data"] = data.Trim();
        values["code"] = code.TrimEnd();
        values["code_fence"] = ToolOf(ticket).Fence;
        values["unanswerable_answer"] = UnanswerableAnswer(pipeline);
        values["answer_format"] = library.Templates["answer-format"];
        values["questions"] = string.Join("\n\n", questions.Select((q, i) => $"{i + 1}. {q.Trim()}"));
        return Build(LlmStage.Qa, "verify", values, "as JSON {\"answers\": [...]} only, one answer per question", library.VerifySchema, "answers");
    }

    /// <summary>The follow-up message after a reply that could not be used.</summary>
    public ChatMessage Correction(StagePrompt prompt, string problem)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["problem"] = problem, ["expected"] = prompt.Reply };
        return new ChatMessage(ChatRole.User, PromptTemplate.Fill(library.Templates["correction.user"], values));
    }

    /// <summary>The exact answer an unanswerable question gets for this pipeline (README "QA conventions").</summary>
    public string UnanswerableAnswer(SampleTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return UnanswerableAnswer(PipelineOf(ticket));
    }

    private static string UnanswerableAnswer(PipelinePrompt pipeline) => $"The {pipeline.Subject} does not provide this information.";

    /// <summary>A figure type's own instruction on a line of its own, or nothing.</summary>
    private static string FigureLine(string figureType, string? guide) => guide is null ? string.Empty : $"\nFor a {figureType}: {guide}";

    private Dictionary<string, string> CodeValues(SampleTicket ticket, string figureType, string topic)
    {
        var values = Common(ticket, figureType);
        var tool = ToolOf(ticket);
        values["topic"] = topic;
        values["tool_conventions"] = PromptTemplate.Fill(tool.Conventions, library.Fonts.Placeholders);
        values["code_fence"] = tool.Fence;
        return values;
    }

    private Dictionary<string, string> Common(SampleTicket ticket, string figureType) => new(StringComparer.Ordinal)
    {
        ["persona"] = ticket.Persona.Text,
        ["image_kind"] = ImageKindOf(ticket),
        ["figure_type"] = figureType,
        ["tool_name"] = ToolOf(ticket).Name,
    };

    private string ImageKindOf(SampleTicket ticket) =>
        library.Pipelines.TryGetValue(ticket.Pipeline.Name, out var pipeline) && pipeline.ImageKind is { } kind ? kind : ticket.Pipeline.ImageKind;

    private StagePrompt Build(LlmStage stage, string template, Dictionary<string, string> values, string reply, System.Text.Json.JsonElement? schema = null, string? schemaName = null, bool jsonReply = false)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, PromptTemplate.Fill(library.Templates[template + ".system"], values)),
            new(ChatRole.User, PromptTemplate.Fill(library.Templates[template + ".user"], values)),
        };
        return new StagePrompt(stage, messages, reply, schema, schemaName, jsonReply || schema is not null);
    }

    private PipelinePrompt PipelineOf(SampleTicket ticket) =>
        library.Pipelines.TryGetValue(ticket.Pipeline.Name, out var pipeline)
            ? pipeline
            : throw new InvalidOperationException($"no LLM prompts for pipeline {ticket.Pipeline.Name}");

    private ToolPrompt ToolOf(SampleTicket ticket) =>
        library.Tools.TryGetValue(ticket.Pipeline.Tool, out var tool)
            ? tool
            : throw new InvalidOperationException($"no LLM prompts for tool {ticket.Pipeline.Tool}");
}
