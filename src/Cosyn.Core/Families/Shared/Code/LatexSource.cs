namespace Cosyn.Families.Shared.Code;

/// <summary>Builds LaTeX source line by line with environment indentation, so generators read like the document they emit.</summary>
public sealed class LatexSource
{
    private readonly StringBuilder _text = new();
    private int _indent;

    /// <summary>Appends one line at the current indentation.</summary>
    public LatexSource Line(string line)
    {
        _text.Append(' ', _indent * 2).Append(line).Append('\n');
        return this;
    }

    /// <summary>Appends an empty line.</summary>
    public LatexSource Blank()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <c>\begin{name}[options]</c>, one option per line, the body indented, then <c>\end{name}</c>.</summary>
    public LatexSource Environment(string name, IReadOnlyList<string> options, Action<LatexSource> body)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(body);
        if (options.Count == 0)
        {
            Line($"\\begin{{{name}}}");
        }
        else
        {
            Line($"\\begin{{{name}}}[");
            _indent += 2;
            foreach (var option in options)
            {
                Line(option + ",");
            }

            _indent -= 2;
            Line("]");
        }

        _indent++;
        body(this);
        _indent--;
        return Line($"\\end{{{name}}}");
    }

    public override string ToString() => _text.ToString();
}
