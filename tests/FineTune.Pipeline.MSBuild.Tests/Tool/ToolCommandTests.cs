using FineTune.Pipeline.MSBuild.Tests.Fakes;
using FineTune.Pipeline.MSBuild.Tool;

namespace FineTune.Pipeline.MSBuild.Tests.Tool;

public sealed class ToolCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _bin;
    private readonly string _dotnet;

    public ToolCommandTests()
    {
        _bin = Path.Combine(_dir.Path, "bin");
        _dotnet = _dir.Write("host/dotnet", string.Empty);
    }

    public void Dispose() => _dir.Dispose();

    private ToolEnvironment Environment(bool finetuneOnPath)
    {
        if (finetuneOnPath)
        {
            _dir.Write("bin/finetune", string.Empty);
        }

        return new ToolEnvironment(_bin, _dotnet, _dir.Path);
    }

    [Fact]
    public void An_explicit_executable_path_is_run_directly()
    {
        var exe = _dir.Write("tools/finetune", string.Empty);

        var command = ToolCommand.Resolve("tools/finetune", null, Environment(finetuneOnPath: true));

        Assert.Equal((exe, 0), (command.Executable, command.PrefixArguments.Count));
    }

    [Fact]
    public void An_explicit_dll_is_run_with_dotnet_exec()
    {
        var dll = _dir.Write("tools/finetune.dll", string.Empty);

        var command = ToolCommand.Resolve(dll, null, Environment(finetuneOnPath: false));

        Assert.Equal(_dotnet, command.Executable);
        Assert.Equal(["exec", dll], command.PrefixArguments);
    }

    [Fact]
    public void A_missing_explicit_path_says_what_was_looked_for()
    {
        var ex = Assert.Throws<ToolNotFoundException>(() => ToolCommand.Resolve("tools/nope", null, Environment(finetuneOnPath: true)));

        Assert.Contains("FineTuneToolPath 'tools/nope' does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_line_starting_with_dotnet_uses_the_host_that_runs_the_build()
    {
        var command = ToolCommand.Resolve(null, "dotnet tool run finetune", Environment(finetuneOnPath: true));

        Assert.Equal(_dotnet, command.Executable);
        Assert.Equal(["tool", "run", "finetune"], command.PrefixArguments);
    }

    [Fact]
    public void A_command_naming_a_program_not_on_PATH_is_a_tool_not_found_error()
    {
        Assert.Throws<ToolNotFoundException>(() => ToolCommand.Resolve(null, "no-such-program validate", Environment(finetuneOnPath: false)));
    }

    [Fact]
    public void By_default_finetune_on_PATH_is_used()
    {
        var command = ToolCommand.Resolve(null, null, Environment(finetuneOnPath: true));

        Assert.Equal(Path.Combine(_bin, "finetune"), command.Executable);
    }

    [Fact]
    public void Without_finetune_on_PATH_the_local_tool_manifest_is_used()
    {
        var command = ToolCommand.Resolve(null, null, Environment(finetuneOnPath: false));

        Assert.Equal(_dotnet, command.Executable);
        Assert.Equal(["tool", "run", "finetune"], command.PrefixArguments);
    }
}
