using Spectre.Console.Testing;

namespace FineTune.Pipeline.Tests.TestSupport;

internal static class Consoles
{
    /// <summary>A plain console as in a CI log: no colours, no ANSI, 100 columns, Unicode borders.</summary>
    public static TestConsole Plain() => new TestConsole().Width(100).SupportsUnicode(true);
}
