namespace Cosyn.Families.Diagrams.Writers.Latex;

/// <summary>Built-in TikZ looks.</summary>
public static class TikzThemes
{
    public static IReadOnlyList<TikzTheme> All { get; } =
    [
        new([@"\usepackage{lmodern}"], "E8F1FB", "2B6CB0", "C6F6D5", "4A5568"),
        new([@"\usepackage[scaled=0.95]{helvet}", @"\renewcommand{\familydefault}{\sfdefault}"], "FFF5F5", "C53030", "FEEBC8", "742A2A"),
        new([@"\usepackage{charter}"], "F0FFF4", "2F855A", "E9D8FD", "276749"),
        new([@"\usepackage{mathptmx}"], "FAF5FF", "6B46C1", "FEFCBF", "553C9A"),
        new([@"\usepackage{lmodern}", @"\renewcommand{\familydefault}{\sfdefault}"], "EBF8FF", "2C5282", "FBD38D", "2A4365"),
        new([@"\usepackage{mathpazo}"], "FFFFF0", "975A16", "C6F6D5", "744210"),
    ];
}
