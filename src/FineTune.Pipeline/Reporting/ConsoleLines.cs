using Spectre.Console;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// Writes lines through an <see cref="IAnsiConsole"/> exactly as given: no markup and no wrapping
/// at the console width, so that canonical diagnostic lines and workflow commands stay whole.
/// </summary>
public static class ConsoleLines
{
    public static void Write(IAnsiConsole console, string line)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(line);
        var writer = console.Profile.Out.Writer;
        writer.Write(line);
        writer.Write('\n');
        writer.Flush();
    }
}
