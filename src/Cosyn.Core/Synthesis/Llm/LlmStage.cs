namespace Cosyn.Synthesis.Llm;

/// <summary>The LLM calls of one sample: the four content stages plus the code repair.</summary>
public enum LlmStage
{
    Topic,
    Data,
    Code,
    Repair,
    Qa,
}
