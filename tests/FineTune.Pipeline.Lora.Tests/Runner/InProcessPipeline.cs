using FineTune.Pipeline.Runner;
using Spectre.Console;

namespace FineTune.Pipeline.Lora.Tests.Runner;

/// <summary>Runs the <c>finetune</c> runner in this process (the LoRA backend is loaded here) on a copy of repository files.</summary>
internal static class InProcessPipeline
{
    /// <summary>Copies <paramref name="files"/> (paths relative to <paramref name="folder"/> of the repository) into a new temp folder.</summary>
    public static string Copy(string folder, params string[] files)
    {
        var source = Path.Combine(LocalExampleTests.RepositoryRoot(), folder);
        var target = TinyModels.NewTempFolder();
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, file))!);
            File.Copy(Path.Combine(source, file), Path.Combine(target, file));
        }

        return target;
    }

    /// <summary>
    /// <c>finetune &lt;arguments&gt; --config &lt;folder&gt;/finetune.yaml</c> with the process environment plus
    /// <paramref name="environment"/>; the exit code and the plain console output.
    /// </summary>
    public static async Task<(int Code, string Output)> RunAsync(string folder, string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        console.Profile.Width = 200;
        var defaults = PipelineServices.Default();
        var variables = new Dictionary<string, string>(defaults.Environment, StringComparer.Ordinal);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        var services = defaults with { WorkingDirectory = folder, Environment = variables };
        var code = await new PipelineRunner(console, services).RunAsync(CommandLineParser.Parse([.. arguments, "--config", Path.Combine(folder, "finetune.yaml")]), CancellationToken.None);
        return (code, writer.ToString());
    }
}
