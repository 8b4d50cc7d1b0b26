using Spectre.Console;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// Creates the <see cref="IAnsiConsole"/> for a text writer: colours and ANSI only on a terminal,
/// never with <c>--no-color</c> or <c>NO_COLOR</c>.
/// </summary>
public static class ConsoleFactory
{
    public static IAnsiConsole Create(TextWriter writer, bool noColor)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = noColor ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
    }
}
