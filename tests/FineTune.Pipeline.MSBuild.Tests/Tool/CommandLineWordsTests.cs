using FineTune.Pipeline.MSBuild.Tool;

namespace FineTune.Pipeline.MSBuild.Tests.Tool;

public sealed class CommandLineWordsTests
{
    [Fact]
    public void Whitespace_separates_words()
        => Assert.Equal(["dotnet", "tool", "run", "finetune"], CommandLineWords.Split("  dotnet tool   run finetune "));

    [Fact]
    public void Quotes_group_a_path_with_spaces()
        => Assert.Equal(["/opt/my tools/finetune", "--x"], CommandLineWords.Split("\"/opt/my tools/finetune\" --x"));

    [Fact]
    public void An_empty_command_is_a_tool_not_found_error()
        => Assert.Throws<ToolNotFoundException>(() => CommandLineWords.Split("   "));
}
