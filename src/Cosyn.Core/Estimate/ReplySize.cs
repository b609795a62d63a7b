namespace Cosyn.Estimate;

/// <summary>
/// What one pipeline's replies measure, in o200k tokens, and how often its extra calls happen: the basis of the
/// estimate for every stage after the first.
/// </summary>
/// <param name="Topic">Tokens of a topic-stage reply.</param>
/// <param name="Data">Tokens of a data-stage reply.</param>
/// <param name="Code">Tokens of a code-stage reply (a repair's reply is a full script too).</param>
/// <param name="Qa">Tokens of a QA-stage reply.</param>
/// <param name="Repairs">Repair calls per sample.</param>
/// <param name="Corrections">Correction calls (a reply that could not be parsed, asked again) per stage call.</param>
public sealed record ReplySize(int Topic, int Data, int Code, int Qa, double Repairs, double Corrections);
