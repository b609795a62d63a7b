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
    Write,
}
