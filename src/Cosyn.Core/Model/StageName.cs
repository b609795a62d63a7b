namespace Cosyn.Model;

/// <summary>The stages a sample passes through, in order.</summary>
public enum StageName
{
    Topic,
    Data,
    Code,
    Render,
    Image,
    Qa,

    /// <summary>The quality gate: the checks on the rendered image and its QA pairs, before the sample is written.</summary>
    Quality,
    Write,
}
