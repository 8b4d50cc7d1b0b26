using System.Reflection;
using System.Runtime.InteropServices;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Native;

/// <summary>
/// Makes TorchSharp load on machines whose libstdc++ is older than GCC 13's (Debian 12, Ubuntu 22.04).
/// Call <see cref="EnsureLoaded"/> before the first use of <c>torch</c>. Where the system libstdc++
/// exports <c>GLIBCXX_3.4.32</c> (or off Linux) it does nothing; otherwise, on first run, it writes a
/// patched copy of <c>libLibTorchSharp.so</c> (see <see cref="ElfVersionPatcher"/>) and a stream-init
/// shim to a cache folder and points TorchSharp's <c>LibTorchSharp</c> import at the copy. On AMD processors with
/// AVX-512 it also lets MKL use its AVX-512 kernels (see <see cref="MklCodePath"/>).
/// </summary>
public static class TorchSharpLoader
{
    private const string LibraryName = "LibTorchSharp";
    private const string LibraryFile = "libLibTorchSharp.so";
    private static readonly Lock Gate = new();
    private static string? _state;
    private static string? _mkl;

    /// <summary>What the loader did: "native" (nothing needed), "patched: path", or "not linux".</summary>
    public static string State => _state ?? "not loaded";

    /// <summary>Which MKL kernels matrix products use: "mkl avx-512 kernels" (see <see cref="MklCodePath"/>) or "mkl default ...".</summary>
    public static string MklState => _mkl ?? "not loaded";

    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            _state ??= Load();
        }
    }

    /// <summary>True when the process's libstdc++ lacks GCC 13's symbol version.</summary>
    public static bool SystemLibStdCxxIsOld()
    {
        var handle = NativeMethods.DlOpen("libstdc++.so.6", NativeMethods.RtldNow);
        return handle != IntPtr.Zero
            && NativeMethods.DlVSym(handle, ElfVersionPatcher.IosInitSymbol, ElfVersionPatcher.NewVersion) == IntPtr.Zero;
    }

    private static string Load()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            _mkl = "mkl default (not linux-x64)";
            return "native (not linux-x64)";
        }

        var original = FindOriginal();
        var state = LoadLibTorchSharp(original);
        _mkl = original is null ? "mkl default (libtorch not found)" : MklCodePath.Enable(Path.GetDirectoryName(original)!);
        return state;
    }

    private static string LoadLibTorchSharp(string? original)
    {
        if (original is null || !SystemLibStdCxxIsOld())
        {
            return "native";
        }

        var bytes = File.ReadAllBytes(original);
        if (!ElfVersionPatcher.NeedsNewVersion(bytes))
        {
            return "native";
        }

        var cache = CacheFolder(bytes);
        var patched = Path.Combine(cache, LibraryFile);
        if (!File.Exists(patched))
        {
            var temp = patched + "." + Environment.ProcessId + ".tmp";
            File.WriteAllBytes(temp, ElfVersionPatcher.Patch(bytes));
            File.Move(temp, patched, overwrite: true);
        }

        var shim = IosInitShim.Build(cache);
        if (shim is not null)
        {
            Open(shim);
        }

        // The copy's RUNPATH ($ORIGIN) no longer finds libtorch: load it from the original folder first.
        Open(Path.Combine(Path.GetDirectoryName(original)!, "libtorch.so"));
        var handle = Open(patched);
        NativeLibrary.SetDllImportResolver(typeof(torch).Assembly, (name, _, _) => name == LibraryName ? handle : IntPtr.Zero);
        return "patched: " + patched;
    }

    private static IntPtr Open(string path)
    {
        var handle = NativeMethods.DlOpen(path, NativeMethods.RtldNow | NativeMethods.RtldGlobal);
        return handle != IntPtr.Zero
            ? handle
            : throw new DllNotFoundException($"Could not load {path}: {NativeMethods.LastError()}");
    }

    private static string? FindOriginal()
    {
        var folders = new[]
        {
            AppContext.BaseDirectory,
            Path.GetDirectoryName(typeof(torch).Assembly.Location) ?? AppContext.BaseDirectory,
        };
        foreach (var folder in folders)
        {
            foreach (var candidate in new[] { Path.Combine(folder, "runtimes", "linux-x64", "native", LibraryFile), Path.Combine(folder, LibraryFile) })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string CacheFolder(byte[] original)
    {
        var root = Environment.GetEnvironmentVariable("FINETUNE_NATIVE_CACHE")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "finetune", "torchsharp");
        var version = typeof(torch).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(original))[..16];
        var folder = Path.Combine(root, $"{version.Split('+')[0]}-{hash}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
