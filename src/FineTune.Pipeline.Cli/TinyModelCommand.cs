using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Runner;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Cli;

/// <summary>
/// <c>finetune make-tiny-model --family llama|qwen2 --out &lt;folder&gt; [--seed N]</c>: writes a tiny
/// Hugging Face checkpoint (config, safetensors, tokenizer) for tests and offline demos of
/// <c>train.provider: lora</c>; the same seed gives the same files.
/// </summary>
internal static class TinyModelCommand
{
    public const string Name = "make-tiny-model";

    private const string Usage = "usage: finetune make-tiny-model --out <folder> [--family llama|qwen2] [--seed <n>]";

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var (family, folder, seed) = ("llama", (string?)null, 1);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--family" when value is "llama" or "qwen2":
                    family = value;
                    break;
                case "--out" when value is not null:
                    folder = value;
                    break;
                case "--seed" when int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var parsed):
                    seed = parsed;
                    break;
                case "-h" or "--help":
                    output.WriteLine(Usage);
                    return ExitCodes.Success;
                default:
                    return Fail(errors, $"{Name}: '{args[i]}'{(value is null ? "" : $" {value}")} is not understood. {Usage}", ExitCodes.Usage);
            }

            i++;
        }

        if (folder is null)
        {
            return Fail(errors, $"{Name}: --out is required. {Usage}", ExitCodes.Usage);
        }

        var backend = LoraBackendLoader.TryLoad();
        if (backend is null)
        {
            return Fail(errors, $"{Name}: {LoraBackendLoader.HowToGetIt}", ExitCodes.Usage);
        }

        var full = Path.GetFullPath(folder);
        backend.WriteTinyModel(full, family, seed);
        output.WriteLine($"wrote a tiny {family} checkpoint (seed {seed}) to {folder}");
        return ExitCodes.Success;
    }

    private static int Fail(TextWriter errors, string message, int code)
    {
        errors.WriteLine(new Diagnostic(Severity.Error, RunnerCodes.Usage, null, 0, 0, message).ToCanonicalString());
        return code;
    }
}
