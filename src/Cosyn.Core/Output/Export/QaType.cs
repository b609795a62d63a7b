namespace Cosyn.Output.Export;

/// <summary>The paper's question kinds, as written in the exported <c>type</c> field.</summary>
public static class QaType
{
    public const string ShortAnswer = "short answer";
    public const string MultipleChoice = "multiple choice";
    public const string YesNo = "yes/no";
    public const string Summary = "summary";
    public const string Unanswerable = "unanswerable";

    /// <summary>Pointing questions (CoSyn-point rows), counted beside the QA kinds.</summary>
    public const string Pointing = "pointing";
}
