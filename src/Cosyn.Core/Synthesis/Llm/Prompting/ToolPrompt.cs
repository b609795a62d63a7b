namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>What the code prompts say about one rendering tool (<c>tools.json</c>).</summary>
/// <param name="Name">The tool's display name, e.g. <c>Matplotlib</c>.</param>
/// <param name="Fence">Code-fence language the reply uses, e.g. <c>python</c>.</param>
/// <param name="Conventions">What our renderer needs from the code (capture, sandbox limits, file rules); may name <c>{{system_fonts}}</c>, <c>{{latex_fonts}}</c> and <c>{{latex_missing}}</c>.</param>
/// <param name="StyleHint">A fixed styling direction for a tool that cannot follow the drawn palettes and frames (LilyPond without Scheme); null draws one from <c>styles.json</c>.</param>
public sealed record ToolPrompt(string Name, string Fence, string Conventions, string? StyleHint = null);
