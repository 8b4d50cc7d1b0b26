using System.Runtime.InteropServices;

namespace FineTune.Pipeline.Lora.Native;

/// <summary>The few libc calls the TorchSharp loader needs (dynamic loader, mprotect) (glibc 2.34+ has them in libc.so.6).</summary>
internal static partial class NativeMethods
{
    public const int RtldNow = 0x2;
    public const int RtldGlobal = 0x100;

    [LibraryImport("libc.so.6", EntryPoint = "dlopen", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr DlOpen(string? file, int mode);

    [LibraryImport("libc.so.6", EntryPoint = "dlvsym", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr DlVSym(IntPtr handle, string name, string version);

    [LibraryImport("libc.so.6", EntryPoint = "dlsym", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr DlSym(IntPtr handle, string name);

    [LibraryImport("libc.so.6", EntryPoint = "mprotect")]
    public static partial int MProtect(IntPtr address, nuint length, int protection);

    [LibraryImport("libc.so.6", EntryPoint = "malloc_trim")]
    public static partial int MallocTrim(nuint pad);

    [LibraryImport("libc.so.6", EntryPoint = "dlerror")]
    public static partial IntPtr DlError();

    public static string LastError() => Marshal.PtrToStringUTF8(DlError()) ?? "unknown dlopen error";
}
