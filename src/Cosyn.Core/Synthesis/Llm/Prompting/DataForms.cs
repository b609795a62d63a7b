namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>The data forms of DESIGN.md section 1 (keys of <c>forms.json</c>).</summary>
public static class DataForms
{
    public const string Csv = "csv";
    public const string Json = "json";
    public const string Smiles = "smiles";
    public const string QuestionSolution = "question-solution";
}
