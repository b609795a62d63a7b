using Cosyn.Text;

namespace Cosyn.Personas;

/// <summary>
/// All built-in personas of one occupation in one shape, numbered by mixed-radix over the shape's axes.
/// Interests are not an axis: each is derived from a hash of the persona's position, so every interest
/// is used across the library while the count stays at the number of distinct axis combinations.
/// </summary>
internal sealed class PersonaBlock
{
    private readonly PersonaLexicon _lexicon;
    private readonly IReadOnlyList<Place> _places;
    private readonly IReadOnlyList<string> _templates;
    private readonly IReadOnlyList<string> _modifiers;
    private readonly IReadOnlyList<string> _domainInterests;
    private readonly IReadOnlyList<string> _everyday;
    private readonly ulong _salt;

    public PersonaBlock(PersonaLexicon lexicon, int occupationIndex, PersonaShape shape, IReadOnlyList<Place> places)
    {
        _lexicon = lexicon;
        Occupation = lexicon.Occupations[occupationIndex];
        Shape = shape;
        _places = places;
        _templates = lexicon.Templates[shape];
        _modifiers = Occupation.HasApprentices ? [.. lexicon.Modifiers, Occupation.Apprentice] : lexicon.Modifiers;
        _domainInterests = lexicon.Interests[Occupation.Domain];
        _everyday = lexicon.Interests[PersonaLexicon.Everyday];
        _salt = ((ulong)occupationIndex << 8) | (ulong)shape;
        long inner = shape switch
        {
            PersonaShape.Working => _modifiers.Count * (long)Occupation.Activities.Count,
            PersonaShape.Retired => _domainInterests.Count,
            _ => lexicon.StudentLevels.Count,
        };
        Count = _templates.Count * (long)_places.Count * inner;
    }

    public Occupation Occupation { get; }

    public PersonaShape Shape { get; }

    /// <summary>Number of personas in the block.</summary>
    public long Count { get; }

    /// <summary>The persona text at <paramref name="offset"/> (0 &lt;= offset &lt; <see cref="Count"/>).</summary>
    public string Compose(long offset)
    {
        var derived = Derive(offset);
        var template = _templates[Digit(ref offset, _templates.Count)];
        var place = _places[Digit(ref offset, _places.Count)].Phrase;
        var title = Occupation.Title;
        string text;
        switch (Shape)
        {
            case PersonaShape.Working:
                var person = EnglishPhrases.WithArticle(Prefixed(_modifiers[Digit(ref offset, _modifiers.Count)], title));
                var activity = Occupation.Activities[Digit(ref offset, Occupation.Activities.Count)];
                text = Fill(template, person, place, activity, MixedInterest(derived, activity), hobby: string.Empty);
                break;
            case PersonaShape.Retired:
                var interest = _domainInterests[Digit(ref offset, _domainInterests.Count)];
                var hobby = InterestPicker.Pick(_everyday, derived, interest);
                text = Fill(template, EnglishPhrases.WithArticle("retired " + title), place, string.Empty, interest, hobby);
                break;
            default:
                var level = _lexicon.StudentLevels[Digit(ref offset, _lexicon.StudentLevels.Count)];
                var student = EnglishPhrases.WithArticle(Occupation.StudyField + " " + level);
                text = Fill(template, student, place, string.Empty, MixedInterest(derived, title), hobby: string.Empty);
                break;
        }

        return EnglishPhrases.CapitaliseFirst(text);
    }

    // Two in five interests come from the occupation's own domain, the rest are everyday hobbies.
    private string MixedInterest(ulong derived, string avoid) =>
        InterestPicker.Pick(derived % 5 < 2 ? _domainInterests : _everyday, derived / 5, avoid);

    private string Fill(string template, string person, string place, string activity, string interest, string hobby) =>
        new StringBuilder(template)
            .Replace("{person}", person)
            .Replace("{place}", place)
            .Replace("{activity}", activity)
            .Replace("{interest:base}", interest.Length == 0 ? interest : EnglishPhrases.BaseForm(interest))
            .Replace("{interest}", interest)
            .Replace("{hobby}", hobby)
            .Replace("{title:a}", EnglishPhrases.WithArticle(Occupation.Title))
            .ToString();

    private ulong Derive(long offset)
    {
        var state = (_salt * 0x9E3779B97F4A7C15UL) ^ (ulong)offset;
        return SeededRandom.SplitMix64(ref state);
    }

    private static string Prefixed(string modifier, string title) => modifier.Length == 0 ? title : modifier + " " + title;

    private static int Digit(ref long offset, int radix)
    {
        var digit = (int)(offset % radix);
        offset /= radix;
        return digit;
    }
}
