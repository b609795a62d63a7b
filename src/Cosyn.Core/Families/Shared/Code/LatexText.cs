namespace Cosyn.Families.Shared.Code;

/// <summary>Plain text to LaTeX source that typesets as the same text under pdflatex with <c>[T1]{fontenc}</c>.</summary>
public static class LatexText
{
    /// <summary>Escapes TeX specials and spells out the non-ASCII symbols our lexicons use; accented letters pass through (UTF-8 input).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            result.Append(ch switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '°' => @"\textdegree{}",
                '²' => @"\textsuperscript{2}",
                '³' => @"\textsuperscript{3}",
                '₂' => @"\textsubscript{2}",
                '₃' => @"\textsubscript{3}",
                '–' => "--",
                '—' => "---",
                'µ' or 'μ' => @"\textmu{}",
                '€' => @"\texteuro{}",
                '£' => @"\pounds{}",
                '×' => @"\texttimes{}",
                _ => ch.ToString(),
            });
        }

        return result.ToString();
    }

    /// <summary>Escaped text in braces, safe as a key value or list item even when it holds commas or brackets.</summary>
    public static string Group(string text) => "{" + Escape(text) + "}";
}
