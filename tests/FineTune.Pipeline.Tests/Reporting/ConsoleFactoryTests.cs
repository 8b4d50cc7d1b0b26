using FineTune.Pipeline.Reporting;
using Spectre.Console;

namespace FineTune.Pipeline.Tests.Reporting;

public sealed class ConsoleFactoryTests
{
    [Fact]
    public void No_color_means_no_escape_sequences_even_under_GitHub_Actions()
    {
        // Given the variable that makes Spectre's GitHub enricher turn ANSI on
        var previous = Environment.GetEnvironmentVariable("GITHUB_ACTIONS");
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
        try
        {
            using var writer = new StringWriter();

            // When a no-colour console writes bold text
            ConsoleFactory.Create(writer, noColor: true).MarkupLine("[bold red]Failed[/]: 1 error");

            // Then the text is plain
            Assert.Equal("Failed: 1 error", writer.ToString().TrimEnd());
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_ACTIONS", previous);
        }
    }
}
