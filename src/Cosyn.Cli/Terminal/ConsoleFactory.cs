using Spectre.Console;

namespace Cosyn.Cli.Terminal;

/// <summary>Creates Spectre consoles over a writer: rich when it is a real terminal, plain text otherwise.</summary>
public static class ConsoleFactory
{
    /// <summary>Whether <paramref name="writer"/> is the process's stdout attached to a terminal.</summary>
    public static bool IsInteractive(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;

    public static IAnsiConsole For(TextWriter writer)
    {
        var interactive = IsInteractive(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!interactive)
        {
            // Logs and pipes have no width; wrapping pipeline names there only hurts grep.
            console.Profile.Width = 200;
        }

        return console;
    }
}
