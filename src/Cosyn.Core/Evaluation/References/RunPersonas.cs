using Cosyn.Output.Runs;

namespace Cosyn.Evaluation.References;

/// <summary>The personas a run's samples were conditioned on, read from its <c>samples.jsonl</c>.</summary>
public static class RunPersonas
{
    public static IReadOnlySet<string> Read(string folder)
    {
        RunFolderReader run;
        try
        {
            run = RunFolderReader.Open(folder, allowPartial: true);
        }
        catch (RunFolderException ex)
        {
            throw new EvaluationInputException(ex.Message, ex);
        }

        // A row cut short by a kill names no persona; the rest still count.
        return run.Rows().Where(r => r.Sample is not null).Select(r => r.Sample!.Metadata.Persona).ToHashSet(StringComparer.Ordinal);
    }
}
