namespace Cosyn.Families.Shared.Code;

/// <summary>Builds a Python script line by line with indentation, so generators read like the code they emit.</summary>
public sealed class PythonScript
{
    private readonly StringBuilder _text = new();
    private int _indent;

    /// <summary>Appends one line at the current indentation.</summary>
    public PythonScript Line(string line)
    {
        _text.Append(' ', _indent * 4).Append(line).Append('\n');
        return this;
    }

    /// <summary>Appends an empty line.</summary>
    public PythonScript Blank()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>Appends a block header (ending in a colon) and indents what <paramref name="body"/> writes.</summary>
    public PythonScript Block(string header, Action<PythonScript> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Line(header);
        _indent++;
        body(this);
        _indent--;
        return this;
    }

    /// <summary>Appends a call with one keyword argument per line: <c>fig.update_layout(</c>, the arguments, <c>)</c>.</summary>
    public PythonScript Call(string open, IEnumerable<string> arguments, string close = ")")
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Line(open);
        foreach (var argument in arguments)
        {
            Line("    " + argument + ",");
        }

        return Line(close);
    }

    public override string ToString() => _text.ToString();
}
