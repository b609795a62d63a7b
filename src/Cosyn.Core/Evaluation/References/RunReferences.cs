using Cosyn.Output.Runs;

namespace Cosyn.Evaluation.References;

/// <summary>The questions of a run folder's <c>samples.jsonl</c>: one per QA pair, id <c>SAMPLE_ID#INDEX</c>; pointing questions are not scored.</summary>
public static class RunReferences
{
    /// <summary>The id of the QA pair at <paramref name="index"/> of a sample.</summary>
    public static string QuestionId(string sampleId, int index) => string.Create(CultureInfo.InvariantCulture, $"{sampleId}#{index}");

    public static IReadOnlyList<EvalReference> Read(string folder)
    {
        RunFolderReader run;
        try
        {
            run = RunFolderReader.Open(folder, allowPartial: false);
        }
        catch (RunFolderException ex)
        {
            throw new EvaluationInputException(ex.Message, ex);
        }

        var references = new List<EvalReference>();
        foreach (var row in run.Rows())
        {
            var sample = row.Sample ?? throw new EvaluationInputException(row.Problem!);
            references.AddRange(Of(sample));
        }

        return references;
    }

    /// <summary>One reference per QA pair of <paramref name="sample"/>.</summary>
    public static IEnumerable<EvalReference> Of(Sample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.QaPairs.Select((qa, i) => new EvalReference(
            QuestionId(sample.Id, i), [qa.Answer], qa.Question, sample.Metadata.Pipeline, sample.Metadata.FigureType, QaTypeName.Normalize(qa.Type), sample.Image));
    }
}
