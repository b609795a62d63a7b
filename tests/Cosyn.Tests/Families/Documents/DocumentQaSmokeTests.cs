namespace Cosyn.Tests.Families.Documents;

/// <summary>Every kind of both pipelines makes a sample with the paper's question mix over many seeds without throwing.</summary>
public sealed class DocumentQaSmokeTests
{
    [Fact]
    public void EveryKind_MakesSamples_WithThePapersMix()
    {
        var problems = new List<string>();
        foreach (var pipeline in DocumentSamples.Pipelines)
        {
            foreach (var kind in DocumentSamples.Pipeline(pipeline).FigureTypes)
            {
                for (var seed = 0; seed < 40; seed++)
                {
                    try
                    {
                        var qa = DocumentSamples.Make(pipeline, seed, kind).Qa;
                        var choice = qa.Count(q => q.Question.Contains("\nA. ", StringComparison.Ordinal));
                        var yesNo = qa.Count(q => q.Answer is "Yes" or "No");
                        var unanswerable = qa.Count(q => q.Answer == "The document does not provide this information.");
                        var summary = qa.Count(q => q.Answer.StartsWith("This ", StringComparison.Ordinal));
                        var shorts = qa.Count - choice - yesNo - unanswerable - summary;
                        if (shorts < 5 || choice < 2 || yesNo < 1 || unanswerable < 1 || summary < 1)
                        {
                            problems.Add($"{pipeline} {kind} seed {seed}: mix {shorts}/{choice}/{yesNo}/{unanswerable}/{summary}");
                        }
                    }
                    catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or FormatException or KeyNotFoundException or DivideByZeroException)
                    {
                        problems.Add($"{pipeline} {kind} seed {seed}: {e.GetType().Name} {e.Message} {e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Documents", StringComparison.Ordinal))}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }
}
