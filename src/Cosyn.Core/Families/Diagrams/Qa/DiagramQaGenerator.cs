using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Diagrams.Qa;

/// <summary>
/// The QA stage shared by diagram pipelines: from the typed diagram (never the image) six short answers of distinct
/// kinds where possible, two multiple choice, one yes/no, one unanswerable and one summary.
/// </summary>
public static class DiagramQaGenerator
{
    public static IReadOnlyList<QaPair> Generate(Diagram diagram, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(random);
        var set = For(diagram);
        var pool = QuestionRounds.Pool(() => set.ShortAnswers(random), QaMix.ShortAnswerCount + QaMix.ChoiceCount + 2);
        random.Shuffle(pool);
        var choices = QaMix.Choices(pool);
        // Short answers of the kinds the choices ask come last, so the sample asks about more things.
        var shorts = QaMix.Spread([], [.. pool.Except(choices)], asked: choices);

        return QaMix.Write(
            shorts, choices, random, () => set.YesNo(random), () => set.Unanswerable(random),
            () => new ChartQuestion(QaFamily.Summary, "summary", new QaPair(random.Pick(SummaryQuestions), "Read the title, count the items and connections, and note where the diagram starts and ends.", set.Summary()), []));
    }

    /// <summary>The summary prompts (the checker recognises exactly these).</summary>
    public static IReadOnlyList<string> SummaryQuestions { get; } = ["Summarize the diagram.", "Describe what this diagram shows.", "Write a short summary of this diagram."];

    private static IDiagramQuestionSet For(Diagram diagram) => diagram switch
    {
        GraphDiagram tree when DiagramFigureTypes.IsTree(tree.Kind) => new TreeQuestions(tree),
        GraphDiagram graph => new GraphQuestions(graph),
        SequenceDiagram sequence => new SequenceQuestions(sequence),
        GanttDiagram gantt => new GanttQuestions(gantt),
        SchemaDiagram schema => new SchemaQuestions(schema),
        TimelineDiagram timeline => new TimelineQuestions(timeline),
        _ => throw new InvalidOperationException($"no questions for {diagram.GetType().Name}"),
    };
}
