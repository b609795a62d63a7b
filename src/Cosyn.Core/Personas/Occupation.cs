namespace Cosyn.Personas;

/// <summary>One occupation of the built-in persona lexicon.</summary>
/// <param name="Domain">The <see cref="DomainKeys"/> value the occupation belongs to.</param>
/// <param name="Setting">"any", or the place tag the job needs ("urban", "coastal", "rural").</param>
/// <param name="Title">Job title without article ("marine biologist").</param>
/// <param name="Training">A field of study, <see cref="Apprentice"/>, or "-" for neither.</param>
/// <param name="Activities">What the person does at work, third person singular.</param>
internal sealed record Occupation(string Domain, string Setting, string Title, string Training, IReadOnlyList<string> Activities)
{
    public const string Apprentice = "apprentice";
    public const string AnySetting = "any";

    /// <summary>The field a student heading for this job studies, or null when the job has no student route.</summary>
    public string? StudyField => Training is "-" or Apprentice ? null : Training;

    public bool HasApprentices => Training == Apprentice;
}
