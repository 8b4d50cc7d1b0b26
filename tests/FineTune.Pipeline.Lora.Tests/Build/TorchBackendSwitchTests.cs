using System.Diagnostics;
using System.Text.Json;

namespace FineTune.Pipeline.Lora.Tests.Build;

/// <summary>
/// -p:FineTuneTorchBackend picks TorchSharp's native package in the Lora project and in the CLI. Evaluated with
/// `dotnet msbuild -getItem` (no restore: the CUDA package is not on this project's feed).
/// </summary>
public sealed class TorchBackendSwitchTests
{
    private const string Lora = "src/FineTune.Pipeline.Lora/FineTune.Pipeline.Lora.csproj";
    private const string Cli = "src/FineTune.Pipeline.Cli/FineTune.Pipeline.Cli.csproj";

    [Fact]
    public async Task Cpu_is_the_default_and_cuda_swaps_in_the_cuda_package_of_the_same_version()
    {
        var runs = await Task.WhenAll(
            Evaluate(Lora),
            Evaluate(Lora, "-p:FineTuneTorchBackend=cuda"),
            Evaluate(Cli, "-p:FineTuneLora=true"),
            Evaluate(Cli, "-p:FineTuneTorchBackend=cuda"),
            Evaluate(Cli));

        Assert.Equal(["TorchSharp-cpu"], Torch(runs[0]));
        Assert.Equal(["TorchSharp-cuda-linux"], Torch(runs[1]));
        Assert.Equal(["TorchSharp-cpu"], Torch(runs[2]));
        Assert.Equal(["TorchSharp-cuda-linux"], Torch(runs[3]));   // the CUDA switch alone brings the LoRA backend into the CLI
        Assert.Empty(Torch(runs[4]));                              // the default CLI carries no TorchSharp at all
        var versions = Items(runs[1], "PackageVersion").Where(i => i.Name.StartsWith("TorchSharp-", StringComparison.Ordinal)).ToDictionary(i => i.Name, i => i.Version);
        Assert.Equal(versions["TorchSharp-cpu"], versions["TorchSharp-cuda-linux"]);
    }

    [Fact]
    public async Task An_unknown_backend_fails_the_build_with_the_allowed_values()
    {
        var (code, output) = await Run(Lora, "-t:CollectPackageReferences", "-p:FineTuneTorchBackend=rocm");

        Assert.NotEqual(0, code);
        Assert.Contains("FineTuneTorchBackend is 'rocm': use cpu (the default) or cuda", output, StringComparison.Ordinal);
    }

    private static List<string> Torch(JsonDocument items) =>
        Items(items, "PackageReference").Select(i => i.Name).Where(n => n.StartsWith("TorchSharp-", StringComparison.Ordinal)).ToList();

    private static IEnumerable<(string Name, string? Version)> Items(JsonDocument document, string type) =>
        document.RootElement.GetProperty("Items").TryGetProperty(type, out var items)
            ? items.EnumerateArray().Select(i => (i.GetProperty("Identity").GetString()!, i.TryGetProperty("Version", out var v) ? v.GetString() : null)).ToList()
            : [];

    private static async Task<JsonDocument> Evaluate(string project, params string[] properties)
    {
        var (code, output) = await Run(project, ["-getItem:PackageReference", "-getItem:PackageVersion", .. properties]);
        Assert.True(code == 0, output);
        return JsonDocument.Parse(output);
    }

    private static async Task<(int Code, string Output)> Run(string project, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Runner.LocalExampleTests.RepositoryRoot(), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["msbuild", project, "-nologo", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("FineTuneTorchBackend");
        start.Environment.Remove("FineTuneLora");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
