namespace Cosyn.Output.Export;

/// <summary>What the assistant turn of a conversation export says.</summary>
#pragma warning disable CA1720 // "Short" is the CLI word (--answer-style short), not a type name.
public enum AnswerStyle
{
    /// <summary>The short answer only.</summary>
    Short,

    /// <summary>The explanation (chain of thought), then the answer.</summary>
    Cot,
}
#pragma warning restore CA1720
