using System.Diagnostics;

namespace FineTune.Pipeline.Lora.Native;

/// <summary>
/// A tiny shared library that defines GCC 13's <c>std::ios_base_library_init()</c> as constructing a
/// static <c>std::ios_base::Init</c>, so the standard streams are initialised before the patched
/// library runs. Built with the machine's C++ compiler; when none is present the patched library
/// still loads (no relocation refers to the symbol) and libtorch's own initialisers set the streams up.
/// </summary>
internal static class IosInitShim
{
    public const string FileName = "libios_base_library_init.so";

    private const string Source = """
        #include <ios>
        namespace std
        {
            __attribute__((visibility("default"))) void ios_base_library_init() { static ios_base::Init init; }
        }
        __attribute__((constructor)) static void finetune_ios_init() { std::ios_base_library_init(); }
        """;

    /// <summary>Builds the shim into <paramref name="folder"/>; returns its path, or null when no compiler works.</summary>
    public static string? Build(string folder)
    {
        var output = Path.Combine(folder, FileName);
        if (File.Exists(output))
        {
            return output;
        }

        var source = Path.Combine(folder, "ios_base_library_init.cpp");
        File.WriteAllText(source, Source);
        var temp = output + "." + Environment.ProcessId + ".tmp";
        foreach (var compiler in new[] { Environment.GetEnvironmentVariable("CXX"), "g++", "c++", "clang++" })
        {
            if (string.IsNullOrEmpty(compiler) || !TryRun(compiler, $"-shared -fPIC -O2 -o \"{temp}\" \"{source}\""))
            {
                continue;
            }

            File.Move(temp, output, overwrite: true);
            return output;
        }

        return null;
    }

    private static bool TryRun(string file, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // compiler not installed
        }
    }
}
