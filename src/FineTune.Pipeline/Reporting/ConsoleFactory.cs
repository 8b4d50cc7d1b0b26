using Spectre.Console;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// Creates the <see cref="IAnsiConsole"/> for a text writer: colours and ANSI only on a terminal,
/// never with <c>--no-color</c> or <c>NO_COLOR</c>.
/// </summary>
public static class ConsoleFactory
{
    /// <summary>Width used when the output is not a terminal (a CI log, a file).</summary>
    public const int RedirectedWidth = 120;

    public static IAnsiConsole Create(TextWriter writer, bool noColor)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = noColor ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (noColor)
        {
            // Spectre's CI enrichers (GitHub Actions among them) switch ANSI back on after the settings apply.
            console.Profile.Capabilities.Ansi = false;
        }

        if (!console.Profile.Out.IsTerminal)
        {
            // CI logs are wide; the 80 columns assumed for redirected output would wrap the tables.
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
