using System.Text;

namespace Cosyn.Synthesis.Procedural.Tables;

/// <summary>
/// Escapes text for LaTeX (pdflatex with utf8 input): the ten special characters become their commands; other Unicode
/// (°, µ, €, en dash) is left to inputenc and textcomp. Named apart from any shared LaTeX helper to be unified later.
/// </summary>
public static class LatexEscape
{
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            builder.Append(ch switch
            {
                '\\' => @"\textbackslash{}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '{' => @"\{",
                '}' => @"\}",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => ch.ToString(),
            });
        }

        return builder.ToString();
    }
}
