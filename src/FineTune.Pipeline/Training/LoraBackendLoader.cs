using System.Reflection;

namespace FineTune.Pipeline.Training;

/// <summary>
/// Finds the LoRA backend at run time, by assembly name. The core never references
/// <c>FineTune.Pipeline.Lora</c> (TorchSharp brings ~500 MB of native libraries per build output):
/// a <c>finetune</c> built with <c>-p:FineTuneLora=true</c> has <c>FineTune.Pipeline.Lora.dll</c>
/// beside it, and the backend is created from there; any other build says how to get one.
/// </summary>
public static class LoraBackendLoader
{
    public const string AssemblyName = "FineTune.Pipeline.Lora";

    public const string TypeName = "FineTune.Pipeline.Lora.Runner.LoraBackend";

    /// <summary>What to tell a user whose build does not carry the backend.</summary>
    public const string HowToGetIt =
        "This build of finetune does not carry the LoRA backend (FineTune.Pipeline.Lora.dll is not beside it). " +
        "Build or run the CLI with -p:FineTuneLora=true (e.g. dotnet run --project src/FineTune.Pipeline.Cli -p:FineTuneLora=true -- train); see docs/lora.md.";

    /// <summary>The backend, or null when this build does not carry it.</summary>
    public static ILoraBackend? TryLoad()
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(AssemblyName));
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        var type = assembly.GetType(TypeName, throwOnError: true)!;
        return (ILoraBackend)Activator.CreateInstance(type)!;
    }
}
