namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>How the data stage asks for one data form (<c>forms.json</c>).</summary>
/// <param name="Fence">Code-fence language of the reply.</param>
/// <param name="Instructions">The reply format, as told to the model.</param>
public sealed record DataFormPrompt(string Fence, string Instructions);
